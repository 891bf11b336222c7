## conduct_kuromaru_name
conduct_kuromaru_name-title = 氏名に「●」
conduct_kuromaru_name-summary = システムにない字は「●」になる。カナ氏名で本人を確認し、そのまま受け付ける。「●」のままでも漢字に直しても返戻されない。
conduct_kuromaru_name-arrive-l1 = 髙橋です。はしごの『髙』に、つちよしの『𠮷』です。
conduct_kuromaru_name-arrive-c1 = 「こちらの機械にカードを置いて、顔認証でお進みください」
conduct_kuromaru_name-route-l1 = 終わりました。名前、ちゃんと出てます？
conduct_kuromaru_name-route-c1 = 「（端末では『●橋 ●郎』）カナ氏名で確認させてください。タカハシ キチロウ様でお間違いないですね」
conduct_kuromaru_name-route-c2 = 「名前が正しく出ないので、このカードでは受け付けられません」
conduct_kuromaru_name-upset-l1 = 名前の字が珍しいだけですよ。いつもそうなんです。
conduct_kuromaru_name-upset-c1 = 「失礼しました。カナ氏名で確認します」
conduct_kuromaru_name-confirm-l1 = はい、そうです。
conduct_kuromaru_name-confirm-c1 = 「ありがとうございます。このまま受付いたします」
conduct_kuromaru_name-pay-l1 = お会計はいくらになりますか？
conduct_kuromaru_name-pay-c1 = 「3割のご負担です」
conduct_kuromaru_name-pay-c2 = 「10割のご負担になります」
conduct_kuromaru_name-done-l1 = いつも説明するんです、この字。
