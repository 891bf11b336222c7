## missing_smartphone_no_reader
missing_smartphone_no_reader-title = スマホだけ、でも読み取り機がない
missing_smartphone_no_reader-summary = スマホのマイナ保険証は読み取り機のある施設だけ。なければカード本体か資格確認書が必要。
missing_smartphone_no_reader-arrive-l1 = iPhoneにマイナンバーカード入れてるんで、これでお願いします。
missing_smartphone_no_reader-arrive-c1 = 「申し訳ありません、当院にはスマホ用の読み取り機がないんです。カード本体はお持ちですか」
missing_smartphone_no_reader-arrive-c2 = 「こちらの機械にスマホをかざしてください」
missing_smartphone_no_reader-no_card-l1 = カードは家です……。資格確認書っていうのもないです。
missing_smartphone_no_reader-no_card-c1 = 「次回からは、カード本体をお持ちください」
missing_smartphone_no_reader-route-l1 = じゃあ今日はどうなりますか。
missing_smartphone_no_reader-route-c1 = 「今日は保険の確認ができないので、いったん全額のお支払いになります」
missing_smartphone_no_reader-route-c2 = 「保険の番号を口頭で教えていただければ大丈夫です」
missing_smartphone_no_reader-refund-l1 = 全額ですか……。
missing_smartphone_no_reader-refund-c1 = 「同じ月のうちにマイナ保険証か資格確認書をお持ちいただければ、差額をお返しします」
missing_smartphone_no_reader-pay-l1 = おいくらになりますか。
missing_smartphone_no_reader-pay-c1 = 「本日は10割のご負担です」
missing_smartphone_no_reader-pay-c2 = 「3割のご負担です」
missing_smartphone_no_reader-done-l1 = スマホ、どこでも使えるわけじゃないんですね。
