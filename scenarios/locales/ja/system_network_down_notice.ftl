## system_network_down_notice
system_network_down_notice-title = 回線障害：カードと「お知らせ」で確認
system_network_down_notice-summary = オンライン確認ができないときは、カードの写真で本人確認し、お知らせで資格を確認する。70歳以上のお知らせには負担割合と期限が書かれている。
system_network_down_notice-arrive-l1 = おはよう。カード置けばいいんだね。
system_network_down_notice-arrive-c1 = 「申し訳ありません、今朝から回線の障害で機械での確認ができません。『資格情報のお知らせ』はお持ちですか」
system_network_down_notice-arrive-c2 = 「はい、機械に置いてください」
system_network_down_notice-error-l1 = 『通信エラー』って出たよ。
system_network_down_notice-error-c1 = 「失礼しました。回線の障害です。『資格情報のお知らせ』はお持ちですか」
system_network_down_notice-notice-l1 = お知らせなら財布に入れてあるよ。これでしょ。
system_network_down_notice-notice-c1 = 「カードのお写真でご本人を確認して、お知らせで資格を確認します」
system_network_down_notice-notice-c2 = 「回線が戻らないと確認できないので、今日は全額です」
system_network_down_notice-rx-l1 = （歯科医師）痛み止めの処方箋、電子処方箋で出していい？
system_network_down_notice-rx-c1 = 「紙の処方箋でお願いします」
system_network_down_notice-rx-c2 = 「電子処方箋でお願いします」
system_network_down_notice-pay-l1 = わしは何割だったかな。お知らせに書いてある？
system_network_down_notice-pay-c1 = 「2割のご負担です」
system_network_down_notice-pay-c2 = 「3割のご負担になります」
system_network_down_notice-done-l1 = 機械も大変だね。
