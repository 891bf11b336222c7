## missing_notice_only
missing_notice_only-title = 「お知らせ」だけを持ってきた（2026年4月以降）
missing_notice_only-summary = お知らせは単独では資格確認書類にならない。暫定的な取扱いは2026年3月末で終わった。
missing_notice_only-arrive-l1 = カードは持ち歩かないことにしてて、この『お知らせ』でいいですよね。前の歯医者ではこれでよかったんですけど。
missing_notice_only-arrive-c1 = 「申し訳ありません。お知らせだけでは保険の確認ができないんです。マイナ保険証か資格確認書はお持ちですか」
missing_notice_only-arrive-c2 = 「お知らせの番号でお受けしますね」
missing_notice_only-explain-l1 = 前は大丈夫だったのに……。
missing_notice_only-explain-c1 = 「今年の3月末までは特別にお受けできましたが、4月からはできなくなりました。次回はマイナ保険証か資格確認書をお持ちください」
missing_notice_only-route-l1 = じゃあ今日はどうなりますか。
missing_notice_only-route-c1 = 「今日は保険の確認ができないので、いったん全額のお支払いになります」
missing_notice_only-route-c2 = 「保険の番号を口頭で教えていただければ大丈夫です」
missing_notice_only-refund-l1 = 全額ですか……。
missing_notice_only-refund-c1 = 「同じ月のうちにマイナ保険証か資格確認書をお持ちいただければ、差額をお返しします」
missing_notice_only-pay-l1 = おいくらになりますか。
missing_notice_only-pay-c1 = 「本日は10割のご負担です」
missing_notice_only-pay-c2 = 「3割のご負担です」
missing_notice_only-done-l1 = 次からはカードを持ってきます。
