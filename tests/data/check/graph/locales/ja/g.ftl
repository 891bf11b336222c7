g-title = t
g-summary = s
g-line = l
g-choice = c
