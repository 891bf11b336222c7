## auth_type_my_pin
auth_type_my_pin-title = 「暗証番号を押してちょうだい」
auth_type_my_pin-summary = 目の不自由な高齢の患者さんに頼まれても、職員は暗証番号を聞かず、入力しない。
auth_type_my_pin-arrive-l1 = こんにちは。機械はどれだったかしら。
auth_type_my_pin-arrive-c1 = 「こちらです。カードを置いてください」
auth_type_my_pin-placed-l1 = 顔はいつも通らないのよ。目がよく見えないから、暗証番号を言うので、あなた押してくれる？ 番号はね……
auth_type_my_pin-placed-c1 = 「番号はおっしゃらないでください。職員はお聞きできないんです。数字は大きく出ますので、ゆっくりご自身で押してください」
auth_type_my_pin-placed-c2 = 「わかりました、代わりに押しますね」
auth_type_my_pin-placed-c3 = 「では職員がお写真とお顔を確認しますね」
auth_type_my_pin-typed-l1 = （隣の職員が小声で）暗証番号は聞いちゃだめだよ。ご本人に押してもらって。
auth_type_my_pin-typed-c1 = 「失礼しました。番号はご自身で押していただけますか」
auth_type_my_pin-route-l1 = 終わったみたいです。これで大丈夫ですか？
auth_type_my_pin-route-c1 = 「はい、資格の確認ができました。このまま受付いたします」
auth_type_my_pin-pay-l1 = 今日は何割の負担になりますか？
auth_type_my_pin-pay-c1 = 「1割のご負担です」
auth_type_my_pin-pay-c2 = 「3割のご負担です」
auth_type_my_pin-done-l1 = ありがとう。自分で押せたわ。
