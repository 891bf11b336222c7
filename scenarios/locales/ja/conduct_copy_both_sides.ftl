## conduct_copy_both_sides
conduct_copy_both_sides-title = 「両面コピーしておいて」と言う同僚
conduct_copy_both_sides-summary = 同意があれば表面の確認・コピーはよい。裏面のコピーや12桁の番号を控えることは絶対にしない。
conduct_copy_both_sides-arrive-l1 = はじめてです。カードでいいですか。
conduct_copy_both_sides-arrive-c1 = 「こちらの機械にカードを置いて、顔認証でお進みください」
conduct_copy_both_sides-route-l1 = 終わりました。
conduct_copy_both_sides-route-c1 = 「ありがとうございます。資格の確認ができました」
conduct_copy_both_sides-copy-l1 = （先輩職員）新患さんだから、カードの両面コピーとっておいて。番号もカルテに書いといてね。
conduct_copy_both_sides-copy-c1 = 「ご本人の同意をいただいて、表面だけコピーします。裏面と番号は扱えません」
conduct_copy_both_sides-copy-c2 = 「（両面をコピーする）」
conduct_copy_both_sides-copy-c3 = 「（裏面の12桁の番号をカルテに控える）」
conduct_copy_both_sides-copy-c4 = 「カードはすぐお返しします。コピーは要りません」
conduct_copy_both_sides-pay-l1 = お会計はいくらになりますか？
conduct_copy_both_sides-pay-c1 = 「3割のご負担です」
conduct_copy_both_sides-pay-c2 = 「10割のご負担になります」
conduct_copy_both_sides-done-l1 = ありがとうございました。
