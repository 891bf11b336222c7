## conduct_kuromaru_name
conduct_kuromaru_name-title = 氏名に「●」
conduct_kuromaru_name-summary = 資格確認の結果の氏名が「●」で表示されたとき。本人の確かめ方と受付の続け方。
conduct_kuromaru_name-arrive-l1 = 髙橋です。はしごの「髙」に、つちよしの「𠮷」です。カードはこちらの機械ですね。
conduct_kuromaru_name-arrive-c1 = 「はい、カードを置いて、顔認証でお進みください」
conduct_kuromaru_name-route-l1 = 終わりました。名前、ちゃんと出てます？
conduct_kuromaru_name-route-c1 = 「カナ氏名で確認させてください。タカハシ キチロウ様でお間違いないですか」
conduct_kuromaru_name-route-c2 = 「お名前が正しく表示されませんので、申し訳ありませんが、このカードではお受けできません」
conduct_kuromaru_name-route-c3 = 「お名前が一部確認できないので、念のため申立書にお名前とご住所をご記入いただけますか」
conduct_kuromaru_name-upset-l1 = 名前の字が珍しいだけですよ。いつもそうなんです。
conduct_kuromaru_name-left-l1 = ほかの病院では、それで通ってるんですけどね。……もういいです。今日はやめておきます。
conduct_kuromaru_name-form-l1 = え、書類ですか？ 名前の字が珍しいだけで、カードはちゃんと通ったんですよね。
conduct_kuromaru_name-upset-c1 = 「失礼しました。カナ氏名で確認させてください。タカハシ キチロウ様ですね」
conduct_kuromaru_name-confirm-l1 = はい、そうです。
conduct_kuromaru_name-confirm-c1 = 「ありがとうございます。このまま受付いたします」
conduct_kuromaru_name-pay-l1 = （資格確認の結果が、レセコンに取り込まれました。氏名は「●橋 ●郎」のままです）
conduct_kuromaru_name-pay-c1 = 「（結果の負担割合3割で、レセコンの登録を確かめる）」
conduct_kuromaru_name-done-l1 = いつも説明するんです、この字。
