/**
 * Hướng dẫn từng lệnh bằng tiếng Việt. Cờ, ví dụ và mã thoát giữ nguyên như bản tiếng Anh
 * (trường `help` của mỗi lệnh); help.test.ts kiểm tra mọi cờ và mọi dòng ví dụ của bản tiếng
 * Anh đều có ở đây.
 */
import { SUMMARY_FIGURES } from "@goodhart/simulator";

const FIGURES = `${SUMMARY_FIGURES.map((f) => f.key).join(", ")}, ratings.BAND, indicators.NAME.meanValue|meanPoints|bunching`;

const POPULATION = `Tùy chọn tập cán bộ (ghi đè khối 'simulation' của tệp - khối tên 'default', nếu không có thì
khối đầu tiên - khối này lại ghi đè các giá trị mặc định):
  --staff N        số cán bộ (mặc định 2000)
  --periods N      số kỳ mô phỏng (mặc định 12)
  --seed N         hạt giống ngẫu nhiên; cùng hạt giống cho kết quả giống hệt từng byte (mặc định 42)
  --team N         quy mô tổ, cũng là nhóm tính tỷ lệ khống chế (mặc định 20)
  --saints P       tỷ lệ người không bao giờ lách chỉ tiêu (mặc định 10%)
  --honest P       tỷ lệ người trung thực, chỉ lách ở mức nhẹ (mặc định 60%)
  --reactive P     tỷ lệ người lách khi thấy có lợi (mặc định 25%)
  --maniacs P      tỷ lệ người lách triệt để theo tính toán (mặc định 5%); bốn tỷ lệ cộng lại là 100%
  --hard P         tỷ lệ hồ sơ khó (mặc định 20%)
  --luck P         phần kết quả của một kỳ do may rủi (mặc định 30%)
  --sanction P     mức xử lý kỷ luật khi bị phát hiện, tính bằng phần lương một kỳ (mặc định 5%)
  --model NAME=V   đặt một hằng số của mô hình (dùng được nhiều lần); 'goodhart help model' liệt kê các hằng số
  --replicates N   chạy N hạt giống độc lập (seed, seed+1, ...) và báo giá trị bình quân của mọi
                   chỉ số kèm khoảng tin cậy 95% (mặc định 1: một lần chạy)
  --workers N      số luồng xử lý (mặc định: mọi lõi khi chạy lặp hoặc khi có từ 8192 cán bộ trở
                   lên, nếu không thì một); kết quả như nhau với mọi N
P là một tỷ lệ, viết 25% hoặc 0.25. Nếu chỉ cho một vài trong bốn tỷ lệ loại người, các loại còn
lại giữ nguyên tỷ trọng với nhau và lấp phần còn lại: riêng --saints 100% là một tập toàn người không lách.`;

export const vi: Record<string, string> = {
  check: `Cách dùng: goodhart check FILE… [--json | --format text|json|sarif|github] [--fail-on warning|info]

Kiểm tra từng tệp quy tắc: cú pháp, tên, thuộc tính bắt buộc và các cảnh báo rủi ro lách chỉ tiêu
(KPI2xx). In mỗi chẩn đoán trên một dòng:

  file:line:col: severity CODE message

Chẩn đoán đã được bỏ qua bằng '// goodhart-ignore KPI2xx: lý do' không được in ra ở dạng văn bản;
JSON và SARIF vẫn giữ, có đánh dấu đã bỏ qua kèm lý do. Dòng tổng hợp được in ra stderr, nên
stdout chỉ chứa các chẩn đoán.

Tùy chọn:
  --json                 như --format json: [{file, line, column, endLine, endColumn,
                         severity, code, message}] (đếm từ 1; vị trí cuối không tính)
  --format FORMAT        text (mặc định), json, sarif (SARIF 2.1.0, cho quét mã nguồn) hoặc
                         github (lệnh workflow để chú thích trên pull request)
  --fail-on SEVERITY     thoát với mã 1 cả khi còn chẩn đoán ở mức này hoặc nặng hơn chưa được
                         bỏ qua: warning (cảnh báo và lỗi) hoặc info (mọi chẩn đoán);
                         mặc định là error

FILE là '-' thì đọc từ đầu vào chuẩn.

Ví dụ:
  goodhart check examples/*.kpi
  goodhart check scheme.kpi --json | jq '.[] | select(.severity == "error")'
  goodhart check scheme.kpi --format sarif > goodhart.sarif
  goodhart check scheme.kpi --format github        # trong một bước GitHub Actions

Mã thoát: 0 không có lỗi (được phép có cảnh báo, trừ khi --fail-on quy định khác), 1 có tệp bị
lỗi (hoặc còn chẩn đoán chưa bỏ qua ở mức --fail-on), 2 dùng sai lệnh hoặc không đọc được tệp.
`,
  fmt: `Cách dùng: goodhart fmt FILE… [--write | --check]

Định dạng tệp quy tắc theo một khuôn: thụt lề hai dấu cách, mỗi thuộc tính một dòng, một dòng
trống giữa các khai báo. Chú thích giữ nguyên chỗ cũ và nội dung không bao giờ thay đổi; định
dạng lại một tệp đã định dạng thì không có gì thay đổi. Tệp có lỗi cú pháp thì không bao giờ được
định dạng: lỗi được in ra stderr và tệp được giữ nguyên.

Tùy chọn:
  --write     ghi đè các tệp tại chỗ (chỉ những tệp có thay đổi)
  --check     không in gì ra stdout; liệt kê các tệp chưa được định dạng ra stderr
              và thoát với mã 1 nếu có (dùng trong CI)

Ví dụ:
  goodhart fmt scheme.kpi                 # văn bản đã định dạng in ra stdout
  goodhart fmt --write examples/*.kpi
  goodhart fmt --check examples/*.kpi     # trong CI
  cat scheme.kpi | goodhart fmt -         # '-' đọc từ đầu vào chuẩn (check cũng nhận)

Mã thoát: 0 xong (hoặc, với --check, mọi tệp đã được định dạng), 1 có tệp lỗi cú pháp hoặc
(--check) chưa được định dạng, 2 dùng sai lệnh hoặc không đọc được tệp.
`,
  score: `Cách dùng: goodhart score FILE --data STAFF.csv [--json | --csv] [--explain ID] [--edges] [--pools]

Chấm điểm từng dòng của bảng cán bộ theo bộ tiêu chí, rồi áp dụng tỷ lệ khống chế xếp loại trong
từng nhóm: các dòng có cùng giá trị ở các cột 'pool' của bộ tiêu chí (pool unit, role); mặc định là
các dòng cùng giá trị 'unit', hoặc cả tệp nếu không có cột 'unit'.

Tệp CSV có một dòng tiêu đề:
  id          bắt buộc, không trùng giữa các dòng
  unit        không bắt buộc: nhóm tính tỷ lệ khống chế (tổ, phòng, đơn vị)
  <pool>      mỗi cột mà 'pool' của bộ tiêu chí nêu tên (bắt buộc khi đã khai báo)
  <metric>    mỗi số liệu của bộ tiêu chí một cột, đặt tên theo số liệu
Các cột khác được bỏ qua. Mỗi ô là một số thập phân (12, -3.5, 0.98, 1e-3) hoặc một phần trăm
(98% là 0.98); ô trống là thiếu giá trị. Không nhận dấu phân cách hàng nghìn và dấu phẩy thập
phân. Ô sai, thiếu cột hoặc trùng id đều dừng lệnh với thông báo nêu rõ dòng (số dòng trong tệp;
dòng tiêu đề là dòng 1) và cột: không chấm điểm dở dang.

Tùy chọn:
  --data FILE   bảng cán bộ (bắt buộc)
  --json        (mặc định) {scheme, staff: [{id, unit, score, rating, ratingBeforeQuota,
                gates, groups, indicators: {name: {value, points}}}], ratings: {band: count}};
                số không làm tròn, null khi không xác định
  --csv         mỗi cán bộ một dòng: id, unit, score, rating, ratingBeforeQuota,
                gates (nối bằng ';'), group:<name>…, <indicator>.value, <indicator>.points…
                Ô nào bảng tính có thể chạy như công thức thì được thêm dấu ' ở đầu
  --explain ID  giải thích từng bước vì sao cán bộ ID có điểm và xếp loại đó: giá trị, điểm và
                tỷ trọng của từng chỉ tiêu, các điều kiện (gate), và cần gì để lên mức xếp loại
                kế tiếp (với --json: phần giải thích ở dạng JSON)
  --edges       hiện tượng dồn sát ngưỡng: với mỗi mức điểm tối thiểu của xếp loại, mỗi bậc và
                mỗi mục tiêu, có bao nhiêu người nằm ngay trên và ngay dưới (tỷ số lớn hơn 1
                nhiều cho thấy kết quả bị đẩy qua ngưỡng; với --json: báo cáo dạng JSON)
  --pools       các nhóm tính tỷ lệ khống chế: quy mô từng nhóm, số suất của từng mức có tỷ lệ,
                ai bị hạ mức và vì sao; cảnh báo mức xếp loại mà không ai trong nhóm đạt được vì
                tỷ lệ làm tròn xuống còn 0, và những người cùng điểm nhưng khác xếp loại chỉ vì
                thuộc nhóm khác nhau (với --json: {scheme, columns, pools, flags})

Ví dụ:
  goodhart score examples/one-stop-shop-clerk.kpi --data examples/one-stop-shop-clerk.staff.csv
  goodhart score scheme.kpi --data staff.csv --csv > scored.csv
  goodhart score scheme.kpi --data staff.csv | jq '.ratings'
  goodhart score scheme.kpi --data staff.csv --explain cc004
  goodhart score scheme.kpi --data staff.csv --edges
  goodhart score scheme.kpi --data staff.csv --pools

Mã thoát: 0 đã chấm điểm, 1 bộ tiêu chí hoặc bảng có lỗi (in ra stderr), 2 dùng sai lệnh hoặc
không đọc được tệp.
`,
  simulate: `Cách dùng: goodhart simulate FILE [--json] [population flags]

Cho một tập cán bộ giả lập làm việc qua nhiều kỳ theo bộ tiêu chí. Mỗi người tự chọn cách làm -
trung thực, hay lách các chỉ tiêu - vì bộ tiêu chí trả điểm cho họ như vậy. In phần tổng hợp:
điểm bình quân so với kết quả công việc thực chất, mức độ và kiểu lách chỉ tiêu, điểm phản ánh
công việc thực chất và năng lực tới đâu, xếp loại, tinh thần làm việc, hồ sơ khó tồn đọng, và với
từng chỉ tiêu: giá trị bình quân, điểm và hiện tượng dồn sát ngưỡng.

${POPULATION}

Tùy chọn:
  --json           in tài liệu kết quả thay cho phần tổng hợp; với --replicates có thêm
                   "replicates", "seeds" và "intervals" ({figure: {low, high}}, khoảng tin cậy 95%
                   bên cạnh mỗi chỉ số tổng hợp, khi đó là giá trị bình quân)

Trên màn hình terminal, lần chạy dài có thanh tiến độ ở stderr; stdout chỉ chứa kết quả.

Ví dụ:
  goodhart simulate examples/same-day-100.kpi
  goodhart simulate scheme.kpi --staff 10000 --maniacs 20% --honest 45% --json
  goodhart simulate scheme.kpi --seed 7 --json | jq .summary.gamingRate
  goodhart simulate scheme.kpi --replicates 10      # hồ sơ báo hoàn thành khống 6.0% (5.1–6.8)
  goodhart simulate scheme.kpi --model capacity=80 --sanction 0

Mã thoát: 0 xong, 1 bộ tiêu chí có lỗi, 2 dùng sai lệnh (kể cả các thiết lập tập cán bộ không
khớp với nhau) hoặc không đọc được tệp.
`,
  sweep: `Cách dùng: goodhart sweep FILE --set NAME.PROPERTY=FROM..TO:STEPS… [--json] [population flags]

Chạy lại mô phỏng với các giá trị cách đều nhau của một con số trong bộ tiêu chí - mục tiêu, mức
sàn, trọng số, tỷ lệ khống chế, tỷ lệ kiểm tra xác suất - cùng tập cán bộ và hạt giống, để thấy
việc lách chỉ tiêu bắt đầu từ đâu. Nhiều cờ --set tạo thành một lưới: chạy mọi tổ hợp.

Đường dẫn nêu tên một khai báo và một thuộc tính của nó: on_time.target, on_time.floor,
performance.weight, excellent.quota, resolved.audit, falsified.cap (cho 'cap score N'); một bậc
là NAME.step.N.threshold hoặc NAME.step.N.points (N đếm từ 1); một hằng số của mô hình là
model.NAME (xem 'goodhart help model'); một thiết lập tập cán bộ là population.NAME. Giá trị
giữ nguyên cách viết: phần trăm vẫn là phần trăm (0.95 được viết 95%). FROM và TO là số hoặc
phần trăm; STEPS là số giá trị, tính cả hai đầu.

Tùy chọn:
  --set PATH=FROM..TO:STEPS   giá trị cần thay đổi (dùng được nhiều lần)
  --json                      in [{value, summary}]: value là con số khi có một --set, và
                              một đối tượng {path: number} khi có nhiều; summary là phần
                              tổng hợp mô phỏng, hoặc null kèm "errors" khi bộ tiêu chí đã
                              thay đổi không qua được kiểm tra; với --replicates mỗi điểm
                              có thêm "intervals" (95%, {figure: {low, high}})

${POPULATION}

Ví dụ:
  goodhart sweep examples/same-day-100.kpi --set on_time.target=80%..100%:11
  goodhart sweep scheme.kpi --set resolved.audit=0%..20%:5 --set falsified.cap=0..60:4 --json
  goodhart sweep scheme.kpi --set model.capacity=60..85:6 --replicates 5

Mã thoát: 0 xong, 1 bộ tiêu chí có lỗi hoặc đường dẫn không chỉ tới một con số trong đó, 2 dùng
sai lệnh hoặc không đọc được tệp.
`,
  sensitivity: `Cách dùng: goodhart sensitivity FILE --figure F [--json] [--method oat|sobol] [population flags]

Một kết luận dựa trên những giả định nào? Lần lượt đưa từng hằng số của mô hình ('goodhart help
model') tới đầu thấp rồi đầu cao của khoảng hợp lý, mỗi lần một hằng số, mọi thiết lập khác giữ
như đã cho, và xếp hạng các hằng số theo mức chỉ số F dao động: độ chênh của F giữa đầu thấp,
giá trị mặc định và đầu cao. Mọi lần chạy dùng cùng hạt giống (hoặc cùng các hạt giống, với
--replicates), nên dao động là do chính hằng số đó. Bảng kết thúc bằng một biểu đồ hình lốc xoáy.

--method sobol thay vào đó ước lượng các chỉ số Sobol' dựa trên phương sai, theo sơ đồ Saltelli:
mọi hằng số được rút ngẫu nhiên trong khoảng của nó cùng lúc, N·(số hằng số + 2) lần chạy. 'first'
là phần phương sai của F mà riêng một hằng số giải thích, 'total' cộng thêm tương tác với các hằng
số khác.

Tùy chọn:
  --figure F       chỉ số: ${FIGURES}
  --json           {figure, base, constants: [{name, default, low, high, figureAtLow,
                   figureAtHigh, swing}]}, dao động lớn nhất trước (với sobol: {figure, method,
                   samples, runs, constants: [{name, default, low, high, first, total}]})
  --method M       oat (mặc định) hoặc sobol
  --samples N      chỉ với sobol: N của sơ đồ Saltelli (mặc định 32)

${POPULATION}

Ví dụ:
  goodhart sensitivity examples/same-day-100.kpi --figure falsifiedShare
  goodhart sensitivity scheme.kpi --figure gamingRate --staff 1000 --replicates 3 --json
  goodhart sensitivity scheme.kpi --figure meanTrueValue --method sobol --samples 16

Mã thoát: 0 xong, 1 bộ tiêu chí có lỗi, 2 dùng sai lệnh hoặc không đọc được tệp.
`,
  diff: `Cách dùng: goodhart diff OLD NEW [--json | --markdown] [--simulate] [--data CSV] [--fail-on-new]

Ghép các khai báo theo tên (và một khai báo bị đổi tên theo nội dung của nó, kể cả khi có một chỗ
sửa) và báo mỗi thay đổi như một sự kiện: 'indicator on_time: target 95% → 100%', 'effective
weight of rework 15% → 7.5%', các khai báo được thêm, bị xóa kèm toàn bộ nội dung và tỷ trọng trong
tổng điểm, các lần tách, và các cảnh báo xuất hiện, thay đổi, được chấp nhận (goodhart-ignore)
hoặc mất đi. Định dạng và chú thích không tính là thay đổi.

OLD và NEW là tệp, hoặc phiên bản git viết dạng REV:PATH (HEAD~1:scheme.kpi, main:a.kpi), được
đọc bằng 'git show' khi không có tệp nào tên như vậy. /dev/null nghĩa là không có tệp (bộ tiêu
chí mới thêm hoặc đã xóa).

Tùy chọn:
  --json         {changes, effectiveWeights, diagnostics: {added, removed, changed, accepted},
                 impact?, simulation?: {settings, old, new}}
  --markdown     một nhận xét cho pull request: hệ quả trước, mỗi cảnh báo một dòng
  --simulate     chạy cả hai bộ tiêu chí trên CÙNG MỘT tập cán bộ (các tùy chọn dưới đây, nếu
                 không có thì khối 'simulation' của bộ tiêu chí cũ) và so sánh phần tổng hợp,
                 cơ cấu xếp loại và các kiểu lách chỉ tiêu
  --data CSV     chấm điểm cả hai bộ tiêu chí trên bảng cán bộ này: ai đổi mức xếp loại, điểm
                 bình quân, tác động của tỷ lệ khống chế và điều kiện, theo từng đơn vị; cột còn
                 thiếu của một số liệu mới được coi là thiếu giá trị
  --ids          liệt kê id cán bộ dưới mỗi thay đổi (văn bản và Markdown; --json luôn có)
  --fail-on-new  thoát với mã 1 khi thay đổi làm xuất hiện cảnh báo hoặc lỗi mới (dùng trong CI)
  --name NAME    tên tệp hiện ở tiêu đề (git driver truyền đường dẫn trong kho mã)

${POPULATION}

Ví dụ:
  goodhart diff old.kpi new.kpi
  goodhart diff HEAD~1:examples/same-day-100.kpi examples/same-day-100.kpi --markdown
  goodhart diff main:scheme.kpi scheme.kpi --simulate --data staff.csv --fail-on-new

Mã thoát: 0 dù có thay đổi hay không; 1 bộ tiêu chí mới có lỗi (được in ra), hoặc có --fail-on-new
và thay đổi làm xuất hiện cảnh báo hay lỗi mới; 2 dùng sai lệnh hoặc không đọc được tệp.
`,
  exploits: `Cách dùng: goodhart exploits FILE [--json] [--sanction P] [--who typical|weakest|strongest]

Tìm trong chính các hành vi của mô phỏng - làm vội, để hồ sơ khó lại sau, khai khống, tác động vào
khảo sát, dời thời điểm báo hoàn thành, giữ bớt việc lại, ở mọi mức độ - cho một cán bộ điển hình
và cho hai đầu là nhóm 10% yếu nhất và 10% mạnh nhất, chấm điểm từng cách theo bộ tiêu chí (tính cả
điều kiện, kiểm tra xác suất và mức xử lý khi bị phát hiện), rồi liệt kê mọi cách đạt mức xếp loại
cao hơn so với làm việc trung thực đều đặn mà tính ra vẫn có lợi, cách rẻ nhất trước. Sau đó liệt kê
mọi chỉ tiêu hay điều kiện khiến làm nhiều hơn hoặc tốt hơn lại bị giảm điểm hoặc xếp loại, kèm ví dụ.
Danh sách trống cũng là một câu trả lời. Xem docs/exploits.md.

Tùy chọn:
  --json           in {scheme, baseline, exploits, perverse} dạng JSON
  --sanction P     mức xử lý khi bị phát hiện khai khống, tính bằng phần lương (10% hoặc 0.1);
                   mặc định: theo khối simulation của bộ tiêu chí, nếu không có thì theo mô hình
  --who W          chỉ tìm cho một người: typical, weakest hoặc strongest (nhóm 10%)

Ví dụ:
  goodhart exploits examples/same-day-100.kpi
  goodhart exploits scheme.kpi --json | jq '.exploits[0].text'

Mã thoát: 0 xong (dù có tìm thấy gì hay không), 1 bộ tiêu chí có lỗi (in ra stderr), 2 dùng sai
lệnh hoặc không đọc được tệp.
`,
  compile: `Cách dùng: goodhart compile FILE [-o OUT.mjs]

Xuất một mô-đun ES không có lệnh import, chạy được trên mọi môi trường JavaScript để chấm điểm cán
bộ theo bộ tiêu chí (phần mềm quản lý nhân sự, tiện ích bảng tính, trang web). Mô-đun xuất ra:

  metrics                  tên các số liệu (các khóa mà score() đọc)
  ratings                  tên các mức xếp loại, mức cao nhất trước
  score(row)               {score, rating, gates, groups, indicators} cho một cán bộ
  scoreColumns(cols, n)    {score: Float64Array, rating: Uint8Array} cho n cán bộ lưu theo
                           cột Float64Array (NaN = thiếu giá trị; rating là chỉ số trong 'ratings')

Xếp loại là trước khi áp tỷ lệ khống chế, vì tỷ lệ cần cả nhóm ('goodhart score' áp dụng tỷ lệ).
Mô-đun chấm điểm giống hệt từng bit như 'goodhart score'. Tên, nhãn và ghi chú chỉ được nhúng dưới
dạng chuỗi JSON, nên không văn bản nào trong bộ tiêu chí có thể trở thành mã lệnh.

Tùy chọn:
  -o, --out FILE   ghi mô-đun vào FILE (mặc định: stdout)

Ví dụ:
  goodhart compile scheme.kpi -o scheme.mjs
  node -e 'import("./scheme.mjs").then(m => console.log(m.score({ resolved: 40, assigned: 42 })))'

Mã thoát: 0 đã ghi, 1 bộ tiêu chí có lỗi (in ra stderr), 2 dùng sai lệnh hoặc không đọc hay ghi
được tệp.
`,
  test: `Cách dùng: goodhart test [FILE.expect…] [--json | --junit]

Chạy các tệp kỳ vọng: các trường hợp quy định bộ tiêu chí phải cho kết quả gì với một cán bộ (số
liệu đầu vào, rồi 'expect score 93.5 ± 0.5', 'expect rating good', 'expect gate falsified', 'expect
no gate falsified', …). Mỗi tệp nêu bộ tiêu chí của nó ở dòng 'scheme PATH', tính từ vị trí tệp kỳ
vọng (hoặc đường dẫn tuyệt đối). Mỗi trường hợp được chấm riêng, nên xếp loại là trước khi áp tỷ lệ
khống chế. Định dạng được mô tả trong docs/review.md. Không có FILE thì chạy mọi tệp *.expect trong
thư mục hiện tại (bỏ qua node_modules và các thư mục bắt đầu bằng dấu chấm).

Tùy chọn:
  --json     các báo cáo dạng JSON: [{file, scheme, cases: [{name, passed, checks}], passed, failed}]
  --junit    JUnit XML, được các hệ thống CI hiển thị như kết quả kiểm thử; tệp không chạy được
             (kỳ vọng hoặc bộ tiêu chí có lỗi, hoặc thiếu bộ tiêu chí) được ghi là lỗi

Ví dụ:
  goodhart test
  goodhart test examples/*.expect
  goodhart test scheme.expect --junit > results.xml

Mã thoát: 0 mọi trường hợp đều đạt, 1 có trường hợp không đạt hoặc có tệp lỗi (kỳ vọng hoặc bộ
tiêu chí), 2 dùng sai lệnh hoặc không đọc được tệp.
`,
  lsp: `Cách dùng: goodhart lsp --stdio

Khởi động máy chủ ngôn ngữ Goodhart, giao tiếp theo Language Server Protocol qua stdin/stdout:
chẩn đoán ngay khi gõ, gợi ý hoàn thành, chú giải khi rê chuột, đi tới định nghĩa, tìm tham chiếu,
đổi tên, định dạng và sửa nhanh. Tiện ích mở rộng VS Code tự khởi động máy chủ; với trình soạn thảo
khác, hãy cấu hình chạy 'goodhart lsp --stdio' cho các tệp đuôi .kpi. Đưa 'goodhart' vào PATH bằng
'npm install -g ./packages/cli' (từ kho mã, sau 'pnpm install'); khi đó lệnh chạy được từ mọi
thư mục.

Tùy chọn:
  --stdio    giao tiếp qua stdin/stdout (cách truyền duy nhất)

Ví dụ:
  goodhart lsp --stdio
  # Neovim: vim.lsp.start({ name = "goodhart", cmd = { "goodhart", "lsp", "--stdio" } })
  # docs/editors.md có hướng dẫn thiết lập cho VS Code, Neovim, Helix và Emacs

Mã thoát: 0 khi trình soạn thảo tắt máy chủ, 2 dùng sai lệnh.
`,
};
