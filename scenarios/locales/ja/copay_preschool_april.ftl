## copay_preschool_april
copay_preschool_april-title = 4月生まれの子どもの負担割合
copay_preschool_april-summary = 未就学の2割は、法律上6歳に達した日（誕生日の前日）の後の最初の3月31日まで。4月1日生まれは早生まれの学年。
copay_preschool_april-arrive-l1 = （お父さん）娘の歯の検診です。カードはこれです。
copay_preschool_april-arrive-c1 = 「ありがとうございます。お嬢さんと一緒に、機械の前で顔認証をお願いします」
copay_preschool_april-route-l1 = （お父さん）終わりました。この子、小学校はこの春からだったかな……。
copay_preschool_april-route-c1 = 「ありがとうございます。資格の確認ができました」
copay_preschool_april-pay-l1 = （お父さん）子どもは何割でしたっけ。
copay_preschool_april-pay-c1 = 「2割のご負担です」
copay_preschool_april-pay-c2 = 「3割のご負担です」
copay_preschool_april-done-l1 = （お父さん）ありがとうございます。
