## home_faceauth_resident
home_faceauth_resident-title = 施設入所者の顔認証カード：アプリで目視
home_faceauth_resident-summary = 暗証番号のない顔認証カードは、訪問先ではマイナ資格確認アプリの目視で使える。
home_faceauth_resident-arrive-l1 = （施設の職員）大西さんのカードです。暗証番号のない顔認証のカードです。
home_faceauth_resident-arrive-c1 = 「マイナ資格確認アプリでカードを読み取り、お写真とお顔を目視で確認します」
home_faceauth_resident-arrive-c2 = 「暗証番号を入力していただけますか」
home_faceauth_resident-no_pin-l1 = （施設の職員）暗証番号は設定していないんです。
home_faceauth_resident-no_pin-c1 = 「失礼しました。目視で確認します」
home_faceauth_resident-route-l1 = （施設の職員）これで大丈夫でしょうか。
home_faceauth_resident-route-c1 = 「はい、確認できました」
home_faceauth_resident-pay-l1 = （施設の職員）ご負担は何割になりますか。
home_faceauth_resident-pay-c1 = 「1割のご負担です」
home_faceauth_resident-pay-c2 = 「3割のご負担になります」
home_faceauth_resident-done-l1 = （施設の職員）ありがとうございました。
