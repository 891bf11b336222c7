## conduct_found_card
conduct_found_card-title = 待合室に落ちていたマイナンバーカード
conduct_found_card-summary = 院内で拾ったカードは落とし物。持ち主に返すか警察に届けるまで一時的に預かってよい。読み取り機で使ってはいけない。
conduct_found_card-arrive-l1 = （閉院前、待合室の床にマイナンバーカードが落ちている。野口さんのものらしい）
conduct_found_card-arrive-l2 = （先輩職員）誰のか、機械に置いて確かめてみたら？
conduct_found_card-arrive-c1 = 「落とし物として預かり、予約の記録から野口さんに連絡します。つかなければ警察に届けます」
conduct_found_card-arrive-c2 = 「（カードを読み取り機に置いてみる）」
conduct_found_card-arrive-c3 = 「（裏面の番号を控えておく）」
conduct_found_card-called-l1 = （電話で）あっ、カード落としてましたか！ 明日取りに行きます。
conduct_found_card-called-c1 = 「お待ちしています。それまで大切にお預かりします」
conduct_found_card-done-l1 = 助かりました。
