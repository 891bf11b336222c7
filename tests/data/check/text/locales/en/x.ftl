x-title = Lost property
x-summary = A found card
x-found = A card was on the floor
x-hold = Keep it safe
x-broken = { $unclosed
