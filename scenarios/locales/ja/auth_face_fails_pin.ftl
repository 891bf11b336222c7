## auth_face_fails_pin
auth_face_fails_pin-title = 顔認証が通らない：暗証番号に切り替える
auth_face_fails_pin-summary = 帽子、近すぎ、逆光。何度もやり直させず、暗証番号を案内する。
auth_face_fails_pin-arrive-l1 = 急いでるんですけど、すぐ終わりますか？（帽子を深くかぶっている）
auth_face_fails_pin-arrive-c1 = 「はい、こちらの機械にカードを置いてください」
auth_face_fails_pin-placed-l1 = 顔認証を押しますね。
auth_face_fails_pin-placed-c1 = 「どうぞ。帽子をとって、少し離れてカメラに合わせてください」
auth_face_fails_pin-failed-l1 = 『認証できませんでした』。窓からの光がまぶしいのかな……もう一回やってみます？
auth_face_fails_pin-failed-c1 = 「暗証番号でも受付できます。4桁の暗証番号をご自身で入力してください」
auth_face_fails_pin-failed-c2 = 「通るまで何度でも顔認証をやり直してください」
auth_face_fails_pin-again-l1 = ……また『認証できませんでした』。もう時間がないんですけど。
auth_face_fails_pin-again-c1 = 「失礼しました。暗証番号でお願いします」
auth_face_fails_pin-route-l1 = 終わったみたいです。これで大丈夫ですか？
auth_face_fails_pin-route-c1 = 「はい、資格の確認ができました。このまま受付いたします」
auth_face_fails_pin-pay-l1 = 今日は何割の負担になりますか？
auth_face_fails_pin-pay-c1 = 「3割のご負担です」
auth_face_fails_pin-pay-c2 = 「2割のご負担です」
auth_face_fails_pin-done-l1 = よかった、間に合いそうです。
