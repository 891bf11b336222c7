## cert_alert_soon
cert_alert_soon-title = The certificate expires soon
cert_alert_soon-summary = From 3 months before expiry the reader shows a renewal alert; it works today; advise renewal.
cert_alert_soon-arrive-l1 = Morning. I'll put my card down.
cert_alert_soon-arrive-c1 = "Yes, please go ahead with face or PIN."
cert_alert_soon-placed-l1 = Face recognition… hm? It says "your certificate expires soon".
cert_alert_soon-placed-c1 = "It works fine today. It expires on { $cert_expires }, so please renew it at your city office soon."
cert_alert_soon-placed-c2 = "Cards close to expiry can't be used — your 資格確認書, please."
cert_alert_soon-confused-l1 = It hasn't expired yet, has it? It doesn't work?
cert_alert_soon-confused-c1 = "I'm sorry — it works today. Just renew it soon."
cert_alert_soon-route-l1 = I've done the consent screens too.
cert_alert_soon-route-c1 = "Thank you. That's confirmed."
cert_alert_soon-route-c2 = "Could you also fill in a declaration, just in case?"
cert_alert_soon-pay-l1 = How much do I pay?
cert_alert_soon-pay-c1 = "Your share is 30%."
cert_alert_soon-pay-c2 = "It will be 100%."
cert_alert_soon-done-l1 = I'll renew it before I forget.
