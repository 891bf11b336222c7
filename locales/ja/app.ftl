### アプリの画面の文言。

app-title = 窓口
app-subtitle = マイナ保険証時代の受付トレーニング
app-window-title = 窓口 — 受付トレーニング
app-tagline = 顔認証付きカードリーダー、オンライン資格確認、資格確認書、申立書。本物の窓口で出会う場面を、その日の制度どおりに練習します。
app-language = 言語
app-language-ja = 日本語
app-language-en = English
app-quit = 終了
app-rules-version = 判定ルール { $count }件・制度カレンダー { $first }〜（版 { $version }）
app-font-credit = 表示フォント：BIZ UDPゴシック（SIL Open Font License 1.1）

## 移動

nav-home = ← ホーム
nav-library = ← ライブラリ

## ホーム

home-who = 練習する人
home-no-staff = まだ名前がありません。名前を入力して追加してください
home-name-hint = 名前（例：山田）
home-add = 追加
home-current = 現在：{ $name } さん
home-menu = メニュー
home-practice = 練習する
home-choose-first = 先に名前を選ぶか追加してください
home-resume = 続きから：{ $scenario }
home-settings = 設定
home-records-error = 記録を開けません：{ $detail }
home-records-unavailable = 記録が使えないため名前を保存できません
home-settings-aside = 設定ファイルを読めなかったため、{ $path } として残し、初期設定で始めます

## ライブラリ

library-title = シナリオ ライブラリ
library-search = 検索
library-any = すべて
library-shipped = 同梱のシナリオ
library-count = （{ $count }件）
library-findings = 指摘 { $count }件 — 見る
library-pack-unreadable = パックを読めません：{ $detail }
library-col-title = シナリオ
library-col-difficulty = 難易度
library-col-competencies = 領域
library-col-best = 最高
library-best = { $percent }%（{ $count }回）
library-not-yet = 未挑戦
library-play = 始める

## 練習画面

play-pause = ‖ 中断
play-pause-hint = ホームに戻ります。次に開いたときに続きから再開できます
play-when = 受診日 { $date }　{ $time }
play-mode-practice = 練習（判断ごとに解説）
play-mode-assessment = 評価（解説は最後に）
play-patient = { $name } さん（{ $age }歳）
play-counter = 窓口に出されたもの（クリックで拡大）
play-counter-empty = まだ何も出されていません
play-zoom-hint = クリックで拡大
play-your-move = どうしますか？（数字キーでも選べます）
play-to-debrief = 振り返りへ
play-close = 閉じる
play-terminal-updated = ［資格確認端末］結果が表示されました
play-not-recorded = 記録を保存できませんでした：{ $detail }
companion-parent = 保護者と一緒
companion-family = 家族と一緒
companion-carer = 施設の職員と一緒
companion-none = ひとりで来院

## 振り返り

debrief-title = 振り返り：{ $title }
debrief-replay = もう一度（同じ条件）
debrief-replay-hint = 同じシードで同じ条件をやり直します
debrief-next = 次のシナリオ
debrief-whatif = もしも
debrief-whatif-hint = 事実を1つ変えると正しい対応がどう変わるかを、エンジンが計算します
debrief-whatif-same = 変わらない
debrief-part-confirmed_by = 確認方法
debrief-part-auth = 本人確認
debrief-part-copay = 負担割合
debrief-part-claim = 請求
debrief-part-prescription = 処方箋
debrief-part-medical_info_sharing = 情報共有
debrief-part-steps = 手順
debrief-col-choice = あなたの選択
debrief-col-verdict = 判定
debrief-col-time = かかった時間
debrief-seconds = { $seconds }秒
debrief-competencies = 領域ごとの得点

## 設定

settings-title = 設定
settings-text-size = 文字の大きさ
settings-contrast = 表示
settings-contrast-on = ハイコントラスト
settings-packs = トレーナーのシナリオ パック
settings-packs-hint = フォルダを追加すると、ライブラリに並びます。ファイルを直すと数秒で読み直します
settings-folder-hint = フォルダのパス
settings-add = 追加
settings-remove = 外す
settings-not-a-folder = { $path } はフォルダではありません
settings-not-saved = 設定を保存できませんでした：{ $detail }
settings-data-dir = 記録と設定の場所：{ $path }

## トレーナー

trainer-title = パックの指摘
trainer-pack = パック：{ $folder }
trainer-reload = ファイルを保存すると自動で読み直します
trainer-summary = { $files }ファイル、遊べるシナリオ { $valid }件、指摘 { $findings }件

## エラー

app-error-no-scenario = そのシナリオは見つからないか、遊べません
app-error-resume = 保存された続きを再開できませんでした（シナリオが変わった可能性があります）
app-error-no-display = 画面を開けません：表示先（X11 の DISPLAY か Wayland）がありません。端末では madoguchi play --text で遊べます
debrief-none = まだ終わったシナリオがありません
