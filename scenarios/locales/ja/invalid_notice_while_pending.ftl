## invalid_notice_while_pending
invalid_notice_while_pending-title = 登録待ちの期間を説明する
invalid_notice_while_pending-summary = 新しい保険者の「お知らせ」は届いたが、オンラインの登録はまだ。カード＋お知らせで確認し、5日＋5日の仕組みを説明。
invalid_notice_while_pending-arrive-l1 = 会社を変わって、新しい保険の『資格情報のお知らせ』が昨日届きました。
invalid_notice_while_pending-arrive-c1 = 「ありがとうございます。まずカードを機械に置いてください」
invalid_notice_while_pending-invalid-l1 = え、『無効』って出てるんですか？ お知らせは届いたのに。
invalid_notice_while_pending-invalid-c1 = 「お知らせが届いても、システムへの反映が少し遅れることがあります。事業主の届け出と保険者の登録に、それぞれ5日ほどかかります」
invalid_notice_while_pending-invalid-c2 = 「無効ですので、今日は保険が使えません」
invalid_notice_while_pending-confirm-l1 = じゃあ今日は？
invalid_notice_while_pending-confirm-c1 = 「カードのお写真でご本人確認をして、お知らせの番号で確認します」
invalid_notice_while_pending-confirm-c2 = 「お知らせだけでは確認できません」
invalid_notice_while_pending-refused-l1 = カードも一緒にお見せしてますけど……。
invalid_notice_while_pending-refused-c1 = 「失礼しました。カードとお知らせで確認します」
invalid_notice_while_pending-pay-l1 = お会計はいくらになりますか？
invalid_notice_while_pending-pay-c1 = 「3割のご負担です」
invalid_notice_while_pending-pay-c2 = 「10割のご負担になります」
invalid_notice_while_pending-done-l1 = そういう仕組みなんですね。安心しました。
