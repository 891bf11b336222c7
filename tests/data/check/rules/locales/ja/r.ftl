r-title = t
r-summary = s
r-line = l
r-choice = c
