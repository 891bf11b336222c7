## conduct_keep_card_treatment
conduct_keep_card_treatment-title = 「治療中、カードを預かって」
conduct_keep_card_treatment-summary = カードは本人が持つのが原則。預からず、その場で返す。
conduct_keep_card_treatment-arrive-l1 = こんにちは、藤井です。
conduct_keep_card_treatment-arrive-c1 = 「こちらの機械にカードを置いて、顔認証でお進みください」
conduct_keep_card_treatment-route-l1 = 終わりました。
conduct_keep_card_treatment-route-c1 = 「ありがとうございます。資格の確認ができました」
conduct_keep_card_treatment-keep-l1 = 治療のあいだ、カードを預かってもらえる？ 手ぶらのほうが楽なのよ。
conduct_keep_card_treatment-keep-c1 = 「申し訳ありません、カードはお預かりできないんです。お手元でお持ちください」
conduct_keep_card_treatment-keep-c2 = 「では受付でお預かりしておきますね」
conduct_keep_card_treatment-pay-l1 = お会計はいくらになりますか？
conduct_keep_card_treatment-pay-c1 = 「3割のご負担です」
conduct_keep_card_treatment-pay-c2 = 「10割のご負担になります」
conduct_keep_card_treatment-done-l1 = そうなのね。バッグにしまっておくわ。
