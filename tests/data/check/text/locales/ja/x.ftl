x-title = 落とし物
x-summary = 拾ったカード
x-found = カードが落ちていました
x-hold = 預かる
x-thanks = ありがとう
x-leftover = 使われない文言
app-title = 上書き
