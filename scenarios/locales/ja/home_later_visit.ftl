## home_later_visit
home_later_visit-title = 安藤さんのお宅、2回目の訪問
home_later_visit-summary = 続けて訪問している患者さんの2回目。カードを毎回読むのか、資格の確認はどうするのか。
home_later_visit-arrive-l1 = （娘さん）先週はありがとうございました。今日も母のカードを出したほうがいいですか？
home_later_visit-arrive-c1 = 「2回目からは医院で再照会しますので、今日は読み取らなくて大丈夫です」
home_later_visit-arrive-c2 = 「先週の初回で確認が済んでいますので、これからは確認しなくて大丈夫ですよ」
home_later_visit-arrive-c3 = 「では、カードを一度お借りして、医院で読み取ってから次回お返ししますね」
home_later_visit-skipped-l1 = （娘さん）そうなんですね。楽になります。
home_later_visit-skipped-l2 = （医院に戻ると、事務長に「安藤さん、今日の再照会は？」と聞かれました。2回目以降も、医院での再照会は訪問のたびに必要です。事務長と一緒に、あわてて再照会することに）
home_later_visit-borrow-l1 = （娘さん）母のカードを持って行かれるのは、ちょっと……。先週は、ここで読んでいただきましたよね？
home_later_visit-borrow-c1 = 「失礼しました。2回目からは医院で再照会しますので、カードはお手元で大丈夫です」
home_later_visit-route-l1 = （医院に戻って、安藤さんの資格を再照会しました）
home_later_visit-route-c1 = 「（再照会の結果で、今日の訪問分を受け付ける）」
home_later_visit-pay-l1 = （再照会の結果がレセコンに取り込まれました）
home_later_visit-pay-c1 = 「（結果の負担割合1割で、レセコンの登録を確かめる）」
home_later_visit-done-l1 = （2回目の訪問分を登録しました）
