### コマンドラインの文言。

cli-rules-header = 判定ルール（{ $count }件）
cli-rules-in-force = 適用期間
cli-rules-from = { $date }から
cli-rules-until = { $date }まで
cli-rules-always = 期限なし
cli-rules-sources = 出典
cli-rules-evidence = 根拠
cli-error-read = { $path } を読めません：{ $reason }
cli-error-extension = { $path }：拡張子は .json か .ron にしてください（標準入力は - ）

## ヘルプ

cli-help = 窓口：マイナ保険証時代の受付トレーニング。サブコマンドなしで練習アプリを開きます。
cli-help-lang = 表示言語（ja または en）
cli-help-judge = 1つの状況（JSON か RON）を判定し、正しい対応を JSON で出力します
cli-help-judge-file = 状況のファイル（.json または .ron）。- で標準入力から JSON を読みます
cli-help-judge-explain = 適用したルールの説明を選んだ言語で加えます
cli-help-rules = すべての判定ルールを、見出し・適用期間・出典・根拠とともに一覧します
cli-help-rules-format = 出力形式（table または json）
cli-help-check = シナリオのパックを検証し、すべての指摘を「ファイル:行:列」つきで出力します（指定がなければ同梱ライブラリ）
cli-help-check-paths = 検証するパックのフォルダ
cli-help-check-format = 出力形式（text または json）
cli-help-check-coverage = ライブラリが使うルールと使わないルールを示します
cli-help-check-seeds = 変化のあるシナリオで試すシードの数
cli-help-play = シナリオを遊びます。--text で端末、指定がなければ画面で開き、--screenshot なら画像を保存して終了します
cli-help-play-positional = シナリオの id（同梱）かシナリオファイルのパス
cli-help-play-scenario = シナリオの id かファイルのパス（位置引数の代わり）
cli-help-play-text = 端末で遊びます（選択肢の番号を標準入力から読みます）
cli-help-play-seed = 変化のシード（同じシードで同じ条件）
cli-help-play-mode = practice（判断ごとに解説）か assessment（最後に解説）
cli-help-play-pack = 追加で読み込むパックのフォルダ
cli-help-play-screenshot = 画面を開き、選択のあとで画像（PNG）を保存して終了します
cli-help-play-choose = 順に選ぶ選択肢の番号（例：1,2,1）

## check と play

cli-check-summary = { $packs }パック、{ $files }ファイル、指摘 { $findings }件
cli-check-coverage = ルールの網羅：{ $total }件中 { $covered }件。使われていないルール：
cli-error-not-a-pack = { $path } はフォルダではありません（パックのフォルダを指定してください）
cli-error-unknown-scenario = シナリオ「{ $scenario }」が見つかりません
cli-error-no-pack = { $path } の上に locales/ のあるパックのフォルダが見つかりません
cli-error-invalid-scenario = { $path } には指摘があるため遊べません（madoguchi check で確認してください）
cli-error-no-scenario = シナリオを指定してください（id かファイルのパス）
cli-play-when = 受診日：{ $date }　{ $time }
cli-play-patient = 患者：{ $name }（{ $kana }）　{ $age }歳
cli-play-counter = 窓口に出されたもの：
cli-play-nothing-shown = （まだ何も出されていません）
cli-play-prompt = 番号を入力してください：
cli-play-invalid = その番号の選択肢はありません。表示された番号を入力してください
cli-play-eof = 入力が終わったので、ここで終了します
cli-play-debrief = 振り返り
cli-help-data_dir = 記録と設定を置くフォルダ（環境変数 MADOGUCHI_DATA_DIR でも指定可）
cli-help-pack = アプリで読み込むパックのフォルダ（複数可）
cli-help-play-show = 選択のあとに画像に写す画面（play、debrief、home、library、settings、trainer、assessment、records）

## 記録の報告

report-header = 記録：スタッフ { $staff }人、挑戦 { $attempts }回、評価 { $assessments }回
report-section-assessments = ■ 評価
report-section-attempts = ■ 挑戦（練習と評価の各シナリオ）
report-col-finished = 終了日時（日本時間）
report-col-staff = スタッフ
report-col-result = 判定
report-col-overall = 全体
report-col-below = 基準に届かない分野
report-col-prohibited = 禁止行為
report-col-seed = シード
report-col-kind = 種類
report-col-scenario = シナリオ
report-col-score = 得点
report-col-time = 所要時間
report-seconds = { $seconds }秒
report-passed = 合格
report-failed = 不合格
report-practice = 練習
report-in-assessment = 評価
xapi-verb-attempted = 挑戦した
xapi-verb-passed = 合格した
xapi-verb-failed = 不合格だった
xapi-verb-answered = 回答した
xapi-assessment-name = 窓口 受付評価

## exam と report

cli-help-exam = 評価を端末で受ける：分野ごとにシナリオを抽選し、途中の判定は表示せず、最後に合否を出して記録する
cli-help-exam-staff = 評価を受けるスタッフの名前（いなければ追加）
cli-help-exam-seed = 抽選のシード（同じシードで同じ評価を再現できる。省略時は新しく決める）
cli-help-exam-count = シナリオの数（分野の数以上）
cli-help-exam-choose = 先に決めておく選択番号（例 1,2,1）。足りない分は標準入力から読む
cli-help-report = 記録を報告する：表、CSV（Excel 用）、JSON、xAPI 1.0.3
cli-help-report-staff = このスタッフだけ（名前）
cli-help-report-format = 形式（table、csv、json、xapi）
cli-help-report-out = 標準出力ではなくこのファイルに書く
cli-help-report-iri_base = xAPI の IRI の土台（最初に文を書くときに決まり、以後は変えられません。既定 https://madoguchi.invalid/xapi）
cli-error-write = { $path } に書けません：{ $reason }
exam-title = 窓口 受付評価
exam-intro = スタッフ：{ $staff }　シナリオ { $count }件　シード { $seed }（同じシードで同じ評価を再現できます）
exam-no-feedback = 評価中は一つずつの正誤を表示しません。最後にまとめて結果と振り返りを表示します。
exam-progress = ―― { $number } / { $total } ――
exam-stopped = 入力が終わったため評価を中断しました。この評価は記録していません
exam-result = 評価の結果
exam-passed = 判定：合格
exam-failed = 判定：不合格
exam-overall = 全体 { $percent }%
exam-competency-met = 　○ { $competency }：{ $percent }%（基準 { $threshold }%）
exam-competency-below = 　× { $competency }：{ $percent }%（基準 { $threshold }% に届かない）
exam-prohibited-fails = 禁止行為 { $count }件：禁止行為が一つでもあれば、得点にかかわらず不合格です
exam-prohibited = 禁止行為 { $count }件
exam-stored = 記録しました（評価 #{ $id }）
exam-too-few = 評価には、すべての分野が入るようシナリオが { $needed }件以上必要です（指定は { $asked }件）
exam-not-enough = このパックでは、すべての分野を含む { $asked }件の異なるシナリオを選べません（足りない分野：{ $missing }）
report-no-records = { $path } にはまだ記録がありません（空の報告を出します）
report-unknown-staff = 「{ $name }」という名前のスタッフの記録はありません
report-written = { $path } に書きました
report-needs-passcode = 記録は管理者のパスコードで守られています。環境変数 MADOGUCHI_MANAGER_PASSCODE で渡すか、端末から実行して入力してください
report-thresholds-unreadable = （合格基準を読めません）
cli-error-output = 出力を書けませんでした：{ $reason }（書けた分だけが出力されています）
cli-error-too-large = { $path }：大きすぎます（判定の入力は { $limit } バイトまで）
cli-error-not-text = { $path }：UTF-8 のテキストではありません
cli-prompt-secret = パスワード（表示されません。{ $variable } でも渡せます）：
exam-pending = この評価はまだ記録に入れられていません（{ $reason }）。{ $path } に安全に保存しました。次に窓口を起動したときに自動で記録します
exam-not-stored = この評価を記録できませんでした（{ $reason }）。控えのファイルも書けませんでした（{ $pending }）。上の結果を控えてください
cli-help-sync = 記録をグループの学習記録ストア（LRS）に送る。未送信の文を送り、受け取りが確認できたものだけを送信済みにする
cli-help-sync-lrs = LRS の xAPI のアドレス（一度指定すると記録に保存。パスワードを含めないでください）
cli-help-sync-user = LRS の利用者名（基本認証。パスワードは環境変数 MADOGUCHI_LRS_PASSWORD か入力で）
cli-help-sync-iri_base = xAPI の IRI の土台（この設置で最初に決めたものから変えられません）
cli-help-sync-status = 送信の状況だけを表示する
cli-help-sync-group = グループの全スタッフの最新の評価を LRS から読んで表示する
sync-no-lrs = LRS が設定されていません。madoguchi sync --lrs アドレス --user 利用者名 で設定してください
sync-done = { $url }：新しい文 { $added }件、送信済み { $sent }件、未送信 { $waiting }件
sync-failed = 送信を中断しました：{ $reason }（それまでに { $sent }件を送信済み。残りは次の送信で送ります）
sync-later = 学習記録ストアへの送信は後で行います（{ $reason }）。記録は安全に残っています
sync-status = 送信状況：全 { $total }件、送信済み { $sent }件、未送信 { $waiting }件（最後の送信 { $last }）
sync-group-header = グループの評価（{ $count }人、学習記録ストアから）
sync-group-row = { $name }　［設置 { $installation }］　{ $result } { $overall }%　評価 { $count }回　{ $at }
cli-help-play-free = 窓口モード：リーダー・端末・書類などの操作を自由に選び、対応全体で判定（--text と）
cli-help-play-shift = 今日の勤務：生成した患者さんを N 人続けて受付（--free --text と）
cli-help-exam-guided = シナリオの選択肢で評価する（既定は窓口モード：リーダー・端末・書類を自由に操作し、対応全体で判定）
cli-help-play-acts = 窓口モードの画像で、順に行う操作のキー（例 window-greet,guide_to_reader）
