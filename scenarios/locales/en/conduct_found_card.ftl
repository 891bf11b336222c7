## conduct_found_card
conduct_found_card-title = A My Number card found in the waiting room
conduct_found_card-summary = A card found in the clinic is lost property: hold it until the owner or the police take it; never run it through the reader.
conduct_found_card-arrive-l1 = (before closing, a My Number card lies on the waiting-room floor — apparently Mr Noguchi's)
conduct_found_card-arrive-l2 = (a senior colleague) Why not put it on the reader to see whose it is?
conduct_found_card-arrive-c1 = "I'll hold it as lost property and call Mr Noguchi from the appointment records; if I can't reach him, I'll take it to the police."
conduct_found_card-arrive-c2 = "(place the card on the reader)"
conduct_found_card-arrive-c3 = "(note the number on the back)"
conduct_found_card-called-l1 = (on the phone) Oh, I dropped my card! I'll come for it tomorrow.
conduct_found_card-called-c1 = "We'll be here. We'll keep it safe until then."
conduct_found_card-done-l1 = Thank you so much.
