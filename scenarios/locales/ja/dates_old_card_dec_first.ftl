## dates_old_card_dec_first
dates_old_card_dec_first-title = 2025年12月1日の前後：期限の書かれていない保険証
dates_old_card_dec_first-summary = すべての保険証は2025年12月1日が最後の有効日。12月2日からは全保険者で暫定的な取扱いが始まった。
dates_old_card_dec_first-arrive-l1 = 会社の保険証です。期限は書いてないんですけど。
dates_old_card_dec_first-arrive-c1 = 「こちらの保険証でお受けします」
dates_old_card_dec_first-arrive-c2 = 「期限は切れていますが、番号で照会してお受けします」
dates_old_card_dec_first-arrive-c3 = 「期限の書いていない保険証は使えません」
dates_old_card_dec_first-lookup-l1 = お願いします。
dates_old_card_dec_first-lookup-c1 = 「記号と番号でオンライン照会します」
dates_old_card_dec_first-pay-l1 = お会計はいくらになりますか？
dates_old_card_dec_first-pay-c1 = 「3割のご負担です」
dates_old_card_dec_first-pay-c2 = 「10割のご負担になります」
dates_old_card_dec_first-done-l1 = 次はマイナ保険証にします。
