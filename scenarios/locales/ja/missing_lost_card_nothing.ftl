## missing_lost_card_nothing
missing_lost_card_nothing-title = カードを紛失、何も持っていない
missing_lost_card_nothing-summary = 何もなければ忘れたときと同じ10割。短期の資格確認書の申請を勧める。
missing_lost_card_nothing-arrive-l1 = 財布ごとカードをなくしちゃって。保険の書類も何もないんです。
missing_lost_card_nothing-arrive-c1 = 「それは大変でしたね。カードの再発行中でも、保険者に申請すれば資格確認書を出してもらえます」
missing_lost_card_nothing-arrive-c2 = 「保険者に新しい保険証を作ってもらってください」
missing_lost_card_nothing-route-l1 = じゃあ今日はどうなりますか。
missing_lost_card_nothing-route-c1 = 「今日は保険の確認ができないので、いったん全額のお支払いになります」
missing_lost_card_nothing-route-c2 = 「保険の番号を口頭で教えていただければ大丈夫です」
missing_lost_card_nothing-refund-l1 = 全額ですか……。
missing_lost_card_nothing-refund-c1 = 「同じ月のうちにマイナ保険証か資格確認書をお持ちいただければ、差額をお返しします」
missing_lost_card_nothing-pay-l1 = おいくらになりますか。
missing_lost_card_nothing-pay-c1 = 「本日は10割のご負担です」
missing_lost_card_nothing-pay-c2 = 「3割のご負担です」
missing_lost_card_nothing-done-l1 = 市役所に行ってみます。
