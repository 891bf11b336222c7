## conduct_every_visit
conduct_every_visit-title = 「先週来たから、今日はいいでしょう」
conduct_every_visit-summary = 資格確認は受診のたびに行う。前回から保険が変わっていることもある。
conduct_every_visit-arrive-l1 = 先週も来たし、今日はカードなしでいいですよね。急いでるんで。
conduct_every_visit-arrive-c1 = 「恐れ入りますが、受診のたびに確認が必要なんです。すぐ終わりますので、カードを置いてください」
conduct_every_visit-arrive-c2 = 「先週確認したので大丈夫です。そのままどうぞ」
conduct_every_visit-skipped-l1 = （事務長）毎回確認しないと。保険が変わっていたら返戻になるよ。
conduct_every_visit-skipped-c1 = 「失礼しました。カードを置いていただけますか」
conduct_every_visit-placed-l1 = はいはい。顔認証ね。
conduct_every_visit-placed-c1 = 「ありがとうございます」
conduct_every_visit-route-l1 = 終わりました。
conduct_every_visit-route-c1 = 「ありがとうございます。資格の確認ができました」
conduct_every_visit-pay-l1 = お会計はいくらになりますか？
conduct_every_visit-pay-c1 = 「3割のご負担です」
conduct_every_visit-pay-c2 = 「10割のご負担になります」
conduct_every_visit-done-l1 = 早かったですね。
