## home_first_visit
home_first_visit-title = 訪問診療の初回：居宅同意取得型
home_first_visit-summary = 訪問先ではモバイル端末でカードを読み取る。歯科医院の方式は居宅同意取得型で、資格確認限定型ではない。
home_first_visit-arrive-l1 = （ご自宅で、娘さん）母のカードはこれです。暗証番号は母が覚えています。
home_first_visit-arrive-c1 = 「（持参したスマートフォンで）居宅同意取得型で読み取ります。暗証番号はお母様ご自身で入力してください」
home_first_visit-arrive-c2 = 「資格確認限定型のアプリで読み取ります」
home_first_visit-pin-l1 = （お母様）番号を押せばいいのね。
home_first_visit-pin-c1 = 「はい、ご自身で4桁を押してください」
home_first_visit-pin-c2 = 「番号を教えていただければ押しますよ」
home_first_visit-consent-l1 = （娘さん）同意の画面ですね。
home_first_visit-consent-c1 = 「お母様のご意向で選んでください。同意は任意です」
home_first_visit-route-l1 = （娘さん）これで終わりですか。
home_first_visit-route-c1 = 「はい。資格の情報は医院に戻ってから取得します」
home_first_visit-pay-l1 = （娘さん）母の負担は何割でしょう。
home_first_visit-pay-c1 = 「1割のご負担です」
home_first_visit-pay-c2 = 「3割のご負担になります」
home_first_visit-done-l1 = （娘さん）来週もよろしくお願いします。
