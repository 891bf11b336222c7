## auth_infant_no_photo
auth_infant_no_photo-title = 顔写真のない乳児のカード
auth_infant_no_photo-summary = 1歳未満で作ったカードは顔写真がなく、顔認証も目視もできない。保護者が暗証番号を入力する。
auth_infant_no_photo-arrive-l1 = （お母さん）この子のマイナ保険証です。写真のないカードなんですけど……。
auth_infant_no_photo-arrive-c1 = 「ありがとうございます。こちらの機械に置いてください」
auth_infant_no_photo-placed-l1 = （お母さん）顔認証を押せばいいですか？ この子、じっとしていられないかも。
auth_infant_no_photo-placed-c1 = 「写真のないカードは顔認証が使えないので、お母さまが暗証番号を入力してください」
auth_infant_no_photo-placed-c2 = 「大丈夫です、顔認証でどうぞ」
auth_infant_no_photo-placed-c3 = 「職員がお写真とお顔を確認しますね」
auth_infant_no_photo-no_face-l1 = （お母さん）写真がないのに、どうやって……？
auth_infant_no_photo-no_face-c1 = 「失礼しました。お母さまが暗証番号を入力してください」
auth_infant_no_photo-route-l1 = （お母さん）終わりました。
auth_infant_no_photo-route-c1 = 「ありがとうございます。確認できました」
auth_infant_no_photo-pay-l1 = （お母さん）この子の負担は何割ですか？
auth_infant_no_photo-pay-c1 = 「小学校に入る前のお子さんは2割です」
auth_infant_no_photo-pay-c2 = 「3割です」
auth_infant_no_photo-done-l1 = （お母さん）ありがとうございます。
