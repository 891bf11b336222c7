## system_reader_broken_portal
system_reader_broken_portal-title = リーダー故障：マイナポータルの画面で
system_reader_broken_portal-summary = リーダーが壊れても、カードとマイナポータルの資格画面で確認できる。端末の照会が使えれば電子処方箋も可。
system_reader_broken_portal-arrive-l1 = カードを置いたら、赤いランプがついて何も出ないです。
system_reader_broken_portal-arrive-c1 = 「再起動してみますので、少々お待ちください」
system_reader_broken_portal-arrive-c2 = 「機械が故障しているようです。マイナポータルの資格情報の画面か『お知らせ』はお持ちですか」
system_reader_broken_portal-still-l1 = ……やっぱり赤いランプのままですね。
system_reader_broken_portal-still-c1 = 「故障のようです。マイナポータルの資格情報の画面はお持ちですか」
system_reader_broken_portal-portal-l1 = スマホのマイナポータルならすぐ出せます。……これです。
system_reader_broken_portal-portal-c1 = 「カードのお写真でご本人を確認して、この画面で資格を確認します」
system_reader_broken_portal-portal-c2 = 「画面では確認できないので、今日は全額です」
system_reader_broken_portal-rx-l1 = （歯科医師）痛み止めの処方箋、電子処方箋で出していい？
system_reader_broken_portal-rx-c1 = 「紙の処方箋でお願いします」
system_reader_broken_portal-rx-c2 = 「電子処方箋でお願いします」
system_reader_broken_portal-pay-l1 = お会計はいくらになりますか？
system_reader_broken_portal-pay-c1 = 「3割のご負担です」
system_reader_broken_portal-pay-c2 = 「10割のご負担になります」
system_reader_broken_portal-done-l1 = スマホに入れておいてよかった。
