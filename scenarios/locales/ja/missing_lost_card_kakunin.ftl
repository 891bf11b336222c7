## missing_lost_card_kakunin
missing_lost_card_kakunin-title = カードを紛失、短期の資格確認書を持参
missing_lost_card_kakunin-summary = 紛失・再発行中の人は申請で資格確認書（短期のもの）を受け取れる。有効期限内ならそれで確認。
missing_lost_card_kakunin-arrive-l1 = マイナンバーカードを落としてしまって、再発行を待っているんです。会社の保険組合からこれをもらいました。
missing_lost_card_kakunin-arrive-c1 = 「資格確認書ですね。有効期限を確認します」
missing_lost_card_kakunin-arrive-c2 = 「マイナ保険証がないと受付できません」
missing_lost_card_kakunin-sad-l1 = え、これじゃだめなんですか？ 保険組合の人は使えるって……。
missing_lost_card_kakunin-sad-c1 = 「失礼しました。資格確認書で確認いたします」
missing_lost_card_kakunin-lookup-l1 = 期限は{ $certificate_expires }までになっています。
missing_lost_card_kakunin-lookup-c1 = 「記号と番号でオンライン照会しますね」
missing_lost_card_kakunin-pay-l1 = お会計はいくらになりますか？
missing_lost_card_kakunin-pay-c1 = 「3割のご負担です」
missing_lost_card_kakunin-pay-c2 = 「10割のご負担になります」
missing_lost_card_kakunin-done-l1 = よかった。新しいカードが届いたら、またそれで来ます。
