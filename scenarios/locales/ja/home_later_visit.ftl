## home_later_visit
home_later_visit-title = 2回目以降の訪問：再照会
home_later_visit-summary = 継続して訪問している間は、2回目以降は医療機関で再照会する。毎回カードを読む必要はない。
home_later_visit-arrive-l1 = （娘さん）今日もカードを出したほうがいいですか？
home_later_visit-arrive-c1 = 「2回目からは医院で再照会しますので、今日は読み取らなくて大丈夫です」
home_later_visit-arrive-c2 = 「資格確認はもう済んでいるので、何もしなくて大丈夫です」
home_later_visit-route-l1 = （娘さん）わかりました。
home_later_visit-route-c1 = 「再照会で資格が確認できました」
home_later_visit-pay-l1 = （娘さん）今日も1割ですね。
home_later_visit-pay-c1 = 「1割のご負担です」
home_later_visit-pay-c2 = 「3割のご負担になります」
home_later_visit-done-l1 = （娘さん）ありがとうございました。
