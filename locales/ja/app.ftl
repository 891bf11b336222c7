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
app-font-credit = 表示フォント：BIZ UDPゴシック、Noto Sans CJK JP（SIL Open Font License 1.1）

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
home-trainer = トレーナー：スタジオとパックの指摘
home-trainer-hint = シナリオを作る・直すスタジオと、パックを検証した結果（ファイル:行）。ファイルを保存すると読み直します
home-records-error = 記録を開けません：{ $detail }
home-records-unavailable = 記録が使えないため名前を保存できません
home-settings-aside = 設定ファイルを読めなかったため、{ $path } として残し、初期設定で始めます

## ライブラリ

library-title = シナリオ ライブラリ
library-search = 検索
library-any = すべて
library-filter-competency = 分野
library-filter-difficulty = 難易度
library-list-sep = 、
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
play-to-debrief = 振り返りへ（Enter）
play-close = 閉じる
play-terminal-updated = ［資格確認端末］結果が表示されました
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
settings-pack-this-run = （起動時の --pack で開いたもの。今回だけ）
settings-pack-keep = 設定に保存
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

## 評価と記録（管理者）

home-assessment = 評価を受ける
home-assessment-hint = 分野ごとに選ばれたシナリオを、解説なしで続けて受けます。最後に合否と振り返りを表示し、記録します
home-records = 記録（管理者）
home-records-hint = スタッフごとの準備状況・履歴・合格基準。管理者のパスコードが必要です
play-leave-assessment = × 評価をやめる
play-leave-assessment-hint = ホームに戻ります。途中の評価は記録されず、続きからの再開もできません
play-assessment-progress = 評価 { $number } / { $total }（解説は最後に）
play-next-assessment = 次のシナリオへ ▶（Enter）
competency-short-authentication = 本人確認
competency-short-certificate_expiry = 証明書期限
competency-short-invalid_eligibility = 資格無効
competency-short-missing_documents = 書類なし
competency-short-system_failure = 障害
competency-short-copay_by_age = 負担割合
competency-short-privacy_and_conduct = 個人情報
competency-short-home_visit = 訪問診療
competency-short-public_funding = 公費
competency-short-old_cards_and_dates = 保険証・日付
assessment-title = 評価
assessment-for = { $name } さんの評価
assessment-choose-staff = 先にホームで名前を選ぶか追加してください
assessment-what = { $competencies }つの分野すべてから、合わせて { $count }件のシナリオを選びます。
assessment-variants = シナリオの細部（日付・年齢など）と選択肢の並びは毎回変わるため、答えの暗記では通りません。抽選のシードは記録され、同じ評価をあとで再現できます。
assessment-no-feedback = 評価中は一つずつの正誤や解説を表示しません。各シナリオの所要時間も記録します。
assessment-leave = 途中でやめると、その評価は記録されません。
assessment-pass-when = 合格の条件
assessment-rule-competency = ・すべての分野で { $percent }% 以上
assessment-rule-overall = ・全体で { $percent }% 以上
assessment-rule-prohibited = ・禁止行為（カードを預かる・裏面をコピーする・暗証番号を聞く／代わりに押す など）が一つもないこと。一つでもあれば得点にかかわらず不合格
assessment-start = 評価を始める
assessment-passed = { $name } さん：合格
assessment-failed = { $name } さん：不合格
assessment-summary = 全体 { $percent }%　シナリオ { $count }件　シード { $seed }
assessment-stored = 記録しました（評価 #{ $id }）
assessment-by-competency = 分野ごとの結果
assessment-below = × 基準 { $percent }% に届かない
assessment-met = ○ 基準以上
assessment-debriefs = 各シナリオの振り返り（評価中は表示しなかった解説）
records-title = 記録（管理者）
records-lock = ロック
records-lock-hint = 管理者の画面を閉じます。もう一度開くにはパスコードが必要です
records-enter-passcode = 管理者のパスコードを入力してください
records-unlock = 開く
records-wrong-passcode = パスコードが違います
records-first-passcode = 管理者のパスコードがまだありません。記録と合格基準を守るため、最初に決めてください
records-passcode-privacy = パスコードはハッシュ（Argon2）だけを保存します。マイナンバーカードの暗証番号など、ほかで使っている番号は使わないでください
records-new-passcode = 新しいパスコード
records-confirm-passcode = もう一度
records-set-passcode = パスコードを決める
records-passcode-short = パスコードは { $count }文字以上にしてください
records-passcode-mismatch = 2つの入力が一致しません
records-passcode-set = パスコードを保存しました
records-readiness = スタッフの準備状況（分野ごと、最新の評価）
records-no-staff = まだスタッフの記録がありません
records-col-staff = スタッフ
records-col-latest = 最新の評価
records-col-practice = 練習回数
records-no-assessment = 評価なし
records-practice-average = 評価がないため、練習の平均を表示しています
records-legend = 緑：基準 { $percent }% 以上　黄：基準まで15ポイント以内　赤：それ未満　（かっこ・斜体）：評価がなく練習の平均　—：記録なし
records-counts = 練習 { $practice }回　評価 { $assessments }回
records-plot-x = 挑戦（古い順）
records-plot-y = 得点（%）
records-plot-all = 推移
records-plot-practice = 練習
records-plot-assessment = 評価
records-plot-threshold = 基準
records-attempts = 挑戦の履歴（新しい順）
records-no-attempts = まだ挑戦がありません
records-prohibited = 禁止行為 { $count }件
records-open-attempt = 詳しく
records-delete = このスタッフを削除
records-delete-confirm = { $name } さんと、その練習・評価の記録をすべて削除します。元に戻せません。よろしいですか？
records-delete-yes = 削除する
records-delete-no = やめる
records-deleted = { $name } さんの記録を削除しました
records-attempt-heading = { $when }　得点 { $percent }%
records-attempt-facts = シード { $seed }　所要 { $seconds }秒　ルールの版 { $version }
records-not-replayable = このシナリオはその後変わったため再現できません。記録された判断だけを表示します
records-close = 閉じる
records-thresholds = 合格基準
records-threshold-competency = 各分野の基準
records-threshold-overall = 全体の基準
records-threshold-prohibited = 禁止行為が一つでもあれば不合格
records-save-thresholds = 保存
records-thresholds-saved = 合格基準を保存しました
records-default-thresholds = 初期値に戻す
records-thresholds-note = 新しい基準はこれからの評価に使われます。過去の評価は、受けたときの基準で判定したまま残ります
records-change-passcode = パスコードを変える
records-other-version = この挑戦は別の版のルールまたはシナリオで判定されました。記録した得点はそのままで、下の振り返りは今の版で同じ選択を再現したものです
home-records-caught-up = 前回記録できなかった結果 { $count }件を記録しました
home-records-waiting = { $path } はまだ記録できません（{ $reason }）
app-record-pending = この結果はまだ記録に入っていません（{ $reason }）。{ $path } に安全に保存しました。次の起動で記録します
app-record-lost = この結果を記録できませんでした（{ $reason }）

## グループの学習記録ストア（記録画面）。
lrs-title = グループの学習記録ストア（LRS）
lrs-not-set-up = 学習記録ストアは設定されていません。記録はこのパソコンだけにあります。医院グループでは LRS で記録を共有できます（下でアドレスと利用者名を設定）。
lrs-status = { $url }：未送信 { $waiting } 件、送信済み { $sent } 件（最後の受領確認 { $last }）
lrs-status-error = 。前回は失敗しました：{ $reason }
lrs-never = まだありません
lrs-sync-now = 今すぐ送る
lrs-load-group = グループの習熟度を見る
lrs-busy = ストアと通信しています…
lrs-settings = ストアの設定
lrs-endpoint = xAPI のアドレス
lrs-user = 利用者名
lrs-password = パスワード
lrs-password-known = このアプリを閉じるまで、パスワードを覚えています。
lrs-password-note = パスワードはアプリを閉じるまでメモリにだけ置きます（または環境変数 MADOGUCHI_LRS_PASSWORD から）。ディスクには書きません。
lrs-connect = 保存して送る
lrs-no-password = ストアのパスワードが必要です。「ストアの設定」で入力してください（アプリを閉じるまで覚えています）。
lrs-records-not-writable = 記録ファイルに書き込めないため、送信済みの印を付けられません。
lrs-worker-lost = 裏で行っていた送信が応答なしで止まりました。送信済みにしたものはありません。もう一度お試しください。
lrs-synced = { $sent } 件送りました。未送信 { $waiting } 件。
lrs-sync-failed = 送信が止まりました：{ $reason }（それまでに { $sent } 件送信。残りは次の送信で送ります）
lrs-group-title = グループの最新の評価（{ $count } 人、ストアから読み込み）
lrs-col-installation = パソコン
lrs-col-assessments = 評価の回数
lrs-col-when = 日時

## 窓口モード
home-window = 窓口モード（新しい患者さん）
home-window-hint = 生成した患者さんを受け付けます。リーダー・端末・書類などを自由に操作し、最後に対応全体で判定します
home-shift = 今日の勤務（{ $count }人）
home-shift-hint = 生成した患者さんを続けて受け付け、まとめて採点します
library-window = 窓口で
library-window-hint = このシナリオの状況を窓口モードで受け付けます（選択肢なし・対応全体で判定）
window-patient-of = 患者さん { $number } / { $count }
window-clock = 窓口の時計 { $minutes }:{ $seconds }
window-objects = 何を操作しますか（Tab で切り替え）
window-counter-empty = 受付台にはまだ何もありません
window-document-hint = クリックで選択、ダブルクリックで拡大
window-charged = 会計：{ $share }
window-next-patient = 次の患者さんを呼ぶ
window-debrief-title = 窓口モードのふりかえり
window-new-patient = 新しい患者さん
window-shift-total = 今日の勤務：{ $count }人、{ $points }/{ $max }点（{ $percent }%）、窓口で計 { $minutes } 分
window-patient-tab = 患者さん { $number }（{ $percent }%）
window-col-part = 項目
window-col-did = あなたの対応
window-col-points = 点
window-act-on = ▶ { $object }を操作
assessment-start-hint = 窓口モードで評価します。選択肢はなく、リーダー・端末・書類を自由に操作し、患者さんごとに対応全体で採点します
assessment-start-guided = 選択肢で評価する（ガイドつき）
assessment-start-guided-hint = シナリオの選択肢から選ぶ形の評価です（練習の延長）。医院の記録では窓口モードの評価と区別されます
records-unknown-scenario = （今の教材にないシナリオ）

## やめる前の確認

leave-title = やめますか？
leave-home-practice = 途中の受付をやめてホームに戻ります。選択肢のシナリオは、次にホームから続きを再開できます。窓口モードの患者さんは最初からになります。
leave-home-assessment = 評価をやめてホームに戻ります。途中の評価は記録されず、続きからの再開もできません。
leave-quit-practice = 途中の受付をやめて、アプリを終了します。選択肢のシナリオは、次に開いたとき続きから再開できます。
leave-quit-assessment = 評価の途中です。終了すると、この評価は記録されず、再開もできません。
leave-cancel = 続ける
leave-confirm-home = ホームに戻る
leave-confirm-quit = 終了する
leave-quit-unsaved = トレーナースタジオに保存していない変更があります。終了すると、その変更はなくなります。

## The trainer studio
app-error-draft = この下書きはまだ遊べません。指摘を直してから試してください。
nav-trainer = ← トレーナー
studio-none = スタジオで開いているシナリオはありません。トレーナーの画面で開くか、新しく作ってください。
studio-title = トレーナースタジオ：{ $title }
studio-file = { $folder } の { $path }
studio-save = 保存する
studio-undo = 元に戻す
studio-play-start = 最初から遊ぶ
studio-play-here = この場面から遊ぶ
studio-play-free = 窓口モードで試す
studio-play-free-hint = この状況（事実）で、選択肢ではなく窓口の道具を使って受付を試します。記録はされません
studio-unsaved = 保存していない変更があります
studio-all-saved = 保存済み
studio-lang-ja = 日本語
studio-lang-en = 英語
studio-scenario = シナリオ
studio-field-title = タイトル
studio-field-summary = ライブラリに出る一行の説明
studio-field-difficulty = 難しさ
studio-beats = 場面
studio-beat-start-mark = （最初）
studio-end-short-served = 受付完了
studio-end-short-patient_left = 帰った
studio-end-short-escalated = 引き継ぎ
studio-end-short-resolved = 対応完了
studio-beat-findings = 指摘 { $count }件
studio-beat-new-id = 新しい場面のID（半角の英小文字・数字・_）
studio-beat-add = ＋ 場面を足す
studio-beat = 場面「{ $beat }」
studio-beat-start = 最初の場面です
studio-beat-make-start = 最初の場面にする
studio-beat-remove = この場面を消す
studio-lines = 患者さん（付き添いの方）のせりふ
studio-line-add = ＋ せりふを足す
studio-remove = 消す
studio-end = この場面で
studio-end-none = 終わらない（選択肢へ進む）
studio-choices = 受付の選択肢
studio-choice = 選択肢 { $n }
studio-choice-up = ↑ 上へ
studio-choice-add = ＋ 選択肢を足す
studio-action = 受付がすること（エンジンが判定します）
studio-next = 次の場面
studio-next-none = （選んでください）
studio-expect = 作者の見込み
studio-expect-none = 見込みなし
studio-engine = この状況でのエンジンの判定：
studio-engine-varies = （シナリオの揺らぎによって変わります）
studio-engine-none = この状況はエンジンが判定できません。指摘を見てください。
studio-findings = 指摘 { $count }件
studio-findings-none = 指摘はありません。保存すれば、ライブラリから遊べます。
studio-findings-zero = 指摘なし
studio-finding-at-choice = 場面「{ $beat }」の選択肢 { $n }
studio-finding-at-beat = 場面「{ $beat }」
studio-finding-at-scenario = シナリオ全体
studio-fix-beat = 場面「{ $beat }」を作る
studio-fix-expect = 見込みを「{ $verdict }」にする
studio-situation = 状況
studio-situation-hint = エンジンが判定する事実です。書き方は docs/authoring.md の「項目の一覧」にあります。読めない書き方は赤字で示し、直すまで前の内容のままです。
studio-field-cast = 登場人物（名前・カナ・性別・時刻・保険者）
studio-field-facts = 事実（受診日・患者さん・出されたもの・医療機関）
studio-field-variants = 揺らぎ（遊ぶたびに変わるもの）
studio-field-assert = 前提（どの揺らぎでも成り立つこと）
studio-field-error = 読めません：{ $error }
studio-saved = { $files }個のファイルを { $folder } に保存し、パックを読み直しました。
studio-save-failed = { $folder } に保存できませんでした（{ $reason }）。変更はスタジオに残っています。
studio-open-failed = { $path } を開けませんでした：{ $reason }
studio-open-shipped = 同梱のシナリオは直接は編集できません。「複製して編集」で自分のパックに写してください。
studio-new-started = 「{ $id }」を作りました。「保存する」まではファイルに書かれません。
studio-new-bad-id = ID「{ $id }」は使えません。半角の英小文字・数字・_ だけにしてください。
studio-new-taken = ID「{ $id }」はもう使われています。別のIDにしてください。
studio-new-no-template = もとにするシナリオが見つかりません。
studio-refused-bad_beat_id = 場面のIDは、半角の英小文字・数字・_ だけにしてください。
studio-refused-beat_exists = そのIDの場面はもうあります。
studio-refused-gone = その場面か選択肢はもうありません。
studio-refused-limit = 場面か選択肢の数が上限に達しています。
studio-refused-field_syntax = 書き方が読めません。直すまで前の内容のままです。
studio-back = ← スタジオへ戻る
studio-trying = スタジオの下書きを試しています（記録されません）
trainer-back-to-studio = スタジオへ戻る
trainer-packs = パック：
trainer-scenarios = このパックのシナリオ
trainer-open = スタジオで開く
trainer-copy = 複製して編集
trainer-copy-hint = このシナリオを自分のパック（データフォルダの my-pack）に写して、スタジオで開きます
trainer-new = 新しいシナリオを作る
trainer-new-id = ID
trainer-new-id-hint = 例：my_first_case
trainer-new-from = もとにするシナリオ
trainer-new-example = 解説の例（電子証明書の期限切れ）
trainer-new-folder = 保存先のパック
trainer-new-folder-hint = 自分のパックがなければ、データフォルダの my-pack に保存します。保存すると設定のパックに加わります。
trainer-new-start = スタジオで作る
