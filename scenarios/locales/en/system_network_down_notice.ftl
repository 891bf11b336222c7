## system_network_down_notice
system_network_down_notice-title = Network down: confirm with the card and the お知らせ
system_network_down_notice-summary = When the online check is down, identify by the card's photo and confirm with the お知らせ; from 70 it shows the rate and an expiry.
system_network_down_notice-arrive-l1 = Morning. I just put the card down, right?
system_network_down_notice-arrive-c1 = "I'm sorry — since this morning the network is down and the machine can't confirm. Do you have your 資格情報のお知らせ?"
system_network_down_notice-arrive-c2 = "Yes, please place it on the machine."
system_network_down_notice-error-l1 = It says "communication error".
system_network_down_notice-error-c1 = "Sorry — the network is down. Do you have your 資格情報のお知らせ?"
system_network_down_notice-notice-l1 = The notice? It's in my wallet. This one?
system_network_down_notice-notice-c1 = "I'll identify you by the card's photo and confirm your eligibility with the notice."
system_network_down_notice-notice-c2 = "Until the network is back we can't confirm, so it's the full cost."
system_network_down_notice-rx-l1 = (the dentist) A painkiller prescription — can I issue it electronically?
system_network_down_notice-rx-c1 = "A paper prescription, please."
system_network_down_notice-rx-c2 = "Electronic, please."
system_network_down_notice-pay-l1 = What's my share again? Is it on the notice?
system_network_down_notice-pay-c1 = "Your share is 20%."
system_network_down_notice-pay-c2 = "It will be 30%."
system_network_down_notice-done-l1 = Machines have their bad days too.
