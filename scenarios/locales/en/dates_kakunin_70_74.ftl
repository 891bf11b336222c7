## dates_kakunin_70_74
dates_kakunin_70_74-title = 70–74: the share printed on the certificate
dates_kakunin_70_74-summary = At 70–74 the share is 20% (30% with working-level income), printed on the 資格確認書 that doubles as the 高齢受給者証.
dates_kakunin_70_74-arrive-l1 = I never made a My Number card. This is fine, isn't it?
dates_kakunin_70_74-arrive-c1 = "A 資格確認書. We'll use it."
dates_kakunin_70_74-lookup-l1 = It says 20% here, but last year it was 30%.
dates_kakunin_70_74-lookup-c1 = "I'll check it with an online look-up by the numbers."
dates_kakunin_70_74-pay-l1 = So what share today?
dates_kakunin_70_74-pay-c1 = "From the month after you turned 70 it's 20%. Today your share is 20%."
dates_kakunin_70_74-pay-c2 = "30% as usual."
dates_kakunin_70_74-pay-c3 = "10%."
dates_kakunin_70_74-done-l1 = Oh, it's a bit cheaper now.
