## home_kakunin_resident
home_kakunin_resident-title = 訪問先：資格確認書を持つ入所者
home_kakunin_resident-summary = 施設入所者などが資格確認書を持っていれば、訪問先でもそれで確認する。
home_kakunin_resident-arrive-l1 = （施設の職員）荒木さんはマイナンバーカードがなくて、資格確認書をお持ちです。
home_kakunin_resident-arrive-c1 = 「資格確認書で確認します。有効期限は{ $certificate_expires }ですね」
home_kakunin_resident-arrive-c2 = 「マイナンバーカードがないと訪問診療では確認できません」
home_kakunin_resident-pay_wrong-l1 = （施設の職員）えっ、資格確認書でも大丈夫だと聞いていたのですが……。
home_kakunin_resident-pay_wrong-c1 = 「失礼しました。資格確認書で確認します」
home_kakunin_resident-pay-l1 = （施設の職員）ご負担は何割ですか。
home_kakunin_resident-pay-c1 = 「1割のご負担です」
home_kakunin_resident-pay-c2 = 「3割のご負担になります」
home_kakunin_resident-done-l1 = （施設の職員）ありがとうございました。
