## dates_old_card_after
dates_old_card_after-title = 2026年5月：まだ保険証を持ってくる患者さん
dates_old_card_after-summary = 2026年4月以降、期限切れの保険証は資格確認に使えない。マイナ保険証か資格確認書がなければ10割。
dates_old_card_after-arrive-l1 = ずっとこの保険証で来てたのよ。今日もこれで。
dates_old_card_after-arrive-c1 = 「申し訳ありません。この保険証は期限が切れていて、4月からは使えなくなりました。マイナ保険証か資格確認書はお持ちですか」
dates_old_card_after-arrive-c2 = 「はい、こちらでお受けします」
dates_old_card_after-arrive-c3 = 「番号で照会してお受けしますね」
dates_old_card_after-none-l1 = 資格確認書？ 何か届いてたかしら……今日は持ってないわ。
dates_old_card_after-none-c1 = 「市から届いている資格確認書をお持ちいただければ使えます」
dates_old_card_after-route-l1 = じゃあ今日はどうなりますか。
dates_old_card_after-route-c1 = 「今日は保険の確認ができないので、いったん全額のお支払いになります」
dates_old_card_after-route-c2 = 「保険の番号を口頭で教えていただければ大丈夫です」
dates_old_card_after-refund-l1 = 全額ですか……。
dates_old_card_after-refund-c1 = 「同じ月のうちにマイナ保険証か資格確認書をお持ちいただければ、差額をお返しします」
dates_old_card_after-pay-l1 = おいくらになりますか。
dates_old_card_after-pay-c1 = 「本日は10割のご負担です」
dates_old_card_after-pay-c2 = 「3割のご負担です」
dates_old_card_after-done-l1 = そんなに変わってたのね。
