### Text of the app's screens.

app-title = Madoguchi
app-subtitle = Reception-window training for the マイナ保険証 era
app-window-title = Madoguchi — reception training
app-tagline = The face-recognition card reader, online eligibility checks, 資格確認書 and declarations: practise the cases of a real clinic window, judged by the rules in force on the visit date.
app-language = Language
app-language-ja = 日本語
app-language-en = English
app-quit = Quit
app-rules-version = { $count } decision rules · policy calendar from { $first } (version { $version })
app-font-credit = Display font: BIZ UDPGothic (SIL Open Font License 1.1)
