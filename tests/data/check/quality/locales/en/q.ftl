q-title = t
q-summary = s
q-line = l
q-short = a
q-mid = bb
q-long = the longest option here
