## missing_forgot_card
missing_forgot_card-title = マイナ保険証を忘れた
missing_forgot_card-summary = 保険証を忘れたときと同じ。資格確認書もなければいったん10割、同じ月のうちなら返金。
missing_forgot_card-arrive-l1 = すみません、マイナンバーカードを家に忘れてきちゃいました……。
missing_forgot_card-arrive-c1 = 「保険者から届いた『資格確認書』はお持ちではありませんか」
missing_forgot_card-arrive-c2 = 「マイナ保険証がないと10割になります」
missing_forgot_card-none-l1 = 資格確認書……持ってないです。
missing_forgot_card-none-c1 = 「念のため、マイナンバーカードもお持ちでないか確認させてください」
missing_forgot_card-route-l1 = じゃあ今日はどうなりますか。
missing_forgot_card-route-c1 = 「今日は保険の確認ができないので、いったん全額のお支払いになります」
missing_forgot_card-route-c2 = 「保険の番号を口頭で教えていただければ大丈夫です」
missing_forgot_card-refund-l1 = 全額ですか……。
missing_forgot_card-refund-c1 = 「同じ月のうちにマイナ保険証か資格確認書をお持ちいただければ、差額をお返しします」
missing_forgot_card-pay-l1 = おいくらになりますか。
missing_forgot_card-pay-c1 = 「本日は10割のご負担です」
missing_forgot_card-pay-c2 = 「3割のご負担です」
missing_forgot_card-done-l1 = 今月中に持ってきます。
