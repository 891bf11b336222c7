x-title = Lost property
x-summary = A found card
x-found = A card was on the floor, number 1234 5678 9012 showing
x-hold = Keep it safe
x-broken = { $unclosed
