## dates_kokuho_card_2025
dates_kokuho_card_2025-title = 2025年6月：まだ有効な国保の保険証
dates_kokuho_card_2025-summary = 2024年12月以降も、手元の保険証は券面の期限（最長2025年12月1日）まで使える。国保は券面の日付を読む。
dates_kokuho_card_2025-arrive-l1 = マイナンバーカードは作ってなくてね。この保険証でいいかな。
dates_kokuho_card_2025-arrive-c1 = 「拝見します。有効期限は{ $old_card_expires }ですので、今日はこちらでお受けします」
dates_kokuho_card_2025-arrive-c2 = 「健康保険証はもう使えなくなったんです」
dates_kokuho_card_2025-upset-l1 = え？ まだ期限内だよ。
dates_kokuho_card_2025-upset-c1 = 「失礼しました。期限内ですので、こちらでお受けします」
dates_kokuho_card_2025-lookup-l1 = これで大丈夫？
dates_kokuho_card_2025-lookup-c1 = 「記号と番号でオンライン照会しますね」
dates_kokuho_card_2025-future-l1 = この保険証、7月で切れるけど、次の保険証は市役所でもらえるの？
dates_kokuho_card_2025-future-c1 = 「新しい保険証はもう発行されません。マイナ保険証がない方には、市から『資格確認書』が届きます」
dates_kokuho_card_2025-future-c2 = 「市役所で新しい保険証を作ってもらってください」
dates_kokuho_card_2025-pay-l1 = お会計はいくらになりますか？
dates_kokuho_card_2025-pay-c1 = 「3割のご負担です」
dates_kokuho_card_2025-pay-c2 = 「10割のご負担になります」
dates_kokuho_card_2025-done-l1 = 資格確認書ね。覚えておくよ。
