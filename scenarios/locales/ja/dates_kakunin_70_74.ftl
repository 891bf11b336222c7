## dates_kakunin_70_74
dates_kakunin_70_74-title = 70〜74歳：資格確認書に書かれた負担割合
dates_kakunin_70_74-summary = 70〜74歳は2割（現役並みは3割）。資格確認書（高齢受給者証を兼ねる）に割合が印字されている。
dates_kakunin_70_74-arrive-l1 = マイナンバーカードは作ってないの。これでいいわよね。
dates_kakunin_70_74-arrive-c1 = 「資格確認書ですね。こちらでお受けします」
dates_kakunin_70_74-lookup-l1 = ここに『2割』って書いてあるけど、去年は3割だったのよ。
dates_kakunin_70_74-lookup-c1 = 「記号と番号でオンライン照会して確認しますね」
dates_kakunin_70_74-pay-l1 = それで、今日は何割？
dates_kakunin_70_74-pay-c1 = 「70歳になられた翌月から2割です。今日は2割のご負担です」
dates_kakunin_70_74-pay-c2 = 「いつもどおり3割です」
dates_kakunin_70_74-pay-c3 = 「1割です」
dates_kakunin_70_74-done-l1 = あら、少し安くなったのね。
