n-title = t
n-summary = s
n-line = l
n-choice = c
