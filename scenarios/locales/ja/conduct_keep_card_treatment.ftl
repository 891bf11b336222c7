## conduct_keep_card_treatment
conduct_keep_card_treatment-title = 「治療中、カードを預かって」
conduct_keep_card_treatment-summary = 治療のあいだカードを受付で預かってほしいと頼まれたとき。
conduct_keep_card_treatment-arrive-l1 = こんにちは、藤井です。いつものように、カードを置くわね。
conduct_keep_card_treatment-arrive-c1 = 「ありがとうございます。顔認証でお進みください」
conduct_keep_card_treatment-route-l1 = 終わりました。
conduct_keep_card_treatment-route-c1 = 「ありがとうございます。資格の確認ができました」
conduct_keep_card_treatment-pay-l1 = （資格確認の結果が、レセコンに取り込まれました）
conduct_keep_card_treatment-pay-c1 = 「（結果の負担割合3割で、レセコンの登録を確かめる）」
conduct_keep_card_treatment-keep-l1 = 治療のあいだ、カードを預かってもらえる？ 手ぶらのほうが楽なのよ。
conduct_keep_card_treatment-keep-c1 = 「申し訳ありません、カードはお預かりできないんです。お手元でお持ちください」
conduct_keep_card_treatment-keep-c2 = 「それでは、お帰りまで受付でお預かりしますね。こちらの番号札をお持ちください」
conduct_keep_card_treatment-keep-c3 = 「では、お帰りまで鍵のかかる引き出しでお預かりします。それならご安心ですよね」
conduct_keep_card_treatment-done-l1 = そうなのね。じゃあ、バッグにしまっておくわ。
conduct_keep_card_treatment-left_behind-l1 = ありがとう、助かるわ。
conduct_keep_card_treatment-left_behind-l2 = （診療のあと、藤井さんはカードを受け取らずに帰ってしまいました。閉院後、引き出しに残ったマイナンバーカードに気づき、事務長が藤井さんに電話することに）
