## copay_kouki_share
copay_kouki_share-title = 後期高齢者の負担割合は結果で読む
copay_kouki_share-summary = 後期高齢者医療は所得で1割・2割・3割。マイナ保険証なら資格確認の結果の割合で受け付ける。
copay_kouki_share-arrive-l1 = こんにちは。今日もよろしくね。
copay_kouki_share-arrive-c1 = 「こちらの機械にカードを置いて、顔認証でお進みください」
copay_kouki_share-route-l1 = 終わったわ。
copay_kouki_share-route-c1 = 「ありがとうございます。資格の確認ができました」
copay_kouki_share-pay-l1 = 今日はおいくら？
copay_kouki_share-pay-c1 = 「1割のご負担です」
copay_kouki_share-pay-c2 = 「2割のご負担です」
copay_kouki_share-pay-c3 = 「3割のご負担です」
copay_kouki_share-done-l1 = ありがとうね。
