<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>hocbaso::LookupCode</name>
    <message>
        <source>&quot;%1&quot; is not a lookup code: a lookup code looks like 3f2b8c1e-5d4a-4e7b-9c2d-1a2b3c4d5e6f.</source>
        <translation>&quot;%1&quot; không phải là mã tra cứu: mã tra cứu có dạng 3f2b8c1e-5d4a-4e7b-9c2d-1a2b3c4d5e6f.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school year; write it as 2025-2026.</source>
        <translation>&quot;%1&quot; không phải là năm học; hãy ghi theo dạng 2025-2026.</translation>
    </message>
</context>
<context>
    <name>hocbaso::NameGenerator</name>
    <message>
        <source>Line %1 of the built-in name list comments.txt has the level &quot;%2&quot;; use T, H, C or P.</source>
        <translation>Dòng %1 của danh sách tích hợp comments.txt có mức &quot;%2&quot;; chỉ được dùng T, H, C hoặc P.</translation>
    </message>
    <message>
        <source>The built-in name list comments.txt needs comments of every level (T, H, C, P).</source>
        <translation>Danh sách tích hợp comments.txt cần có nhận xét cho mọi mức (T, H, C, P).</translation>
    </message>
    <message>
        <source>The built-in name list %1 is missing: %2</source>
        <translation>Không tìm thấy danh sách tên tích hợp %1: %2</translation>
    </message>
    <message>
        <source>Line %1 of the built-in name list %2 has %3 fields instead of %4.</source>
        <translation>Dòng %1 của danh sách tên tích hợp %2 có %3 trường thay vì %4.</translation>
    </message>
    <message>
        <source>Line %1 of the built-in name list %2 has an empty field, stray spaces or text not in NFC.</source>
        <translation>Dòng %1 của danh sách tên tích hợp %2 có trường trống, khoảng trắng thừa hoặc văn bản không ở dạng NFC.</translation>
    </message>
    <message>
        <source>The built-in name list %1 is empty.</source>
        <translation>Danh sách tên tích hợp %1 không có dữ liệu.</translation>
    </message>
    <message>
        <source>Line %1 of the built-in name list %2 has the weight &quot;%3&quot;; a weight is a number above 0.</source>
        <translation>Dòng %1 của danh sách tên tích hợp %2 có trọng số &quot;%3&quot;; trọng số phải là số lớn hơn 0.</translation>
    </message>
</context>
<context>
    <name>hocbaso::PersonalId</name>
    <message>
        <source>The personal identification number is empty.</source>
        <translation>Chưa nhập số định danh cá nhân.</translation>
    </message>
    <message>
        <source>The personal identification number &quot;%1&quot; must contain digits only.</source>
        <translation>Số định danh cá nhân &quot;%1&quot; chỉ được gồm các chữ số.</translation>
    </message>
    <message>
        <source>The personal identification number must have 12 digits; &quot;%1&quot; has %2.</source>
        <translation>Số định danh cá nhân phải có 12 chữ số; &quot;%1&quot; có %2 chữ số.</translation>
    </message>
    <message>
        <source>The personal identification number &quot;%1&quot; starts with %2, which is not a province code.</source>
        <translation>Số định danh cá nhân &quot;%1&quot; bắt đầu bằng %2, không phải là mã tỉnh, thành phố.</translation>
    </message>
    <message>
        <source>The 4th digit of personal identification number %1 is %2, but a %3 born in %4 must have %5.</source>
        <translation>Chữ số thứ 4 của số định danh cá nhân %1 là %2, nhưng %3 sinh năm %4 phải có chữ số %5.</translation>
    </message>
    <message>
        <source>girl</source>
        <translation>học sinh nữ</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>học sinh nam</translation>
    </message>
    <message>
        <source>Digits 5-6 of personal identification number %1 give birth year %2, but the pupil was born in %3.</source>
        <translation>Chữ số thứ 5-6 của số định danh cá nhân %1 cho năm sinh %2, nhưng học sinh sinh năm %3.</translation>
    </message>
</context>
<context>
    <name>hocbaso::Status</name>
    <message>
        <source>Not sent (draft)</source>
        <translation>Chưa gửi (bản nháp)</translation>
    </message>
    <message>
        <source>Confirmed complete</source>
        <translation>Đã xác nhận hoàn thành</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Người xem (chỉ xem)</translation>
    </message>
    <message>
        <source>School user</source>
        <translation>Người dùng nhà trường</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Công lập</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Ngoài công lập</translation>
    </message>
    <message>
        <source>Department of Education and Training</source>
        <translation>Sở Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <source>District Office of Education and Training</source>
        <translation>Phòng Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <source>Commune education office</source>
        <translation>Cơ quan quản lý giáo dục cấp xã</translation>
    </message>
    <message>
        <source>Homeroom teacher</source>
        <translation>Giáo viên chủ nhiệm</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Hiệu trưởng</translation>
    </message>
    <message>
        <source>School seal</source>
        <translation>Chứng thư số đơn vị</translation>
    </message>
    <message>
        <source>Vice-principal</source>
        <translation>Phó Hiệu trưởng</translation>
    </message>
    <message>
        <source>A record cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Học bạ không thể chuyển từ trạng thái &quot;%1&quot; sang &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The certificate has already been decided (%1).</source>
        <translation>Chứng thư số đã được xử lý trước đó (%1).</translation>
    </message>
    <message>
        <source>A certificate cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Chứng thư số không thể chuyển từ trạng thái &quot;%1&quot; sang &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The revocation request has already been decided (%1).</source>
        <translation>Yêu cầu thu hồi đã được xử lý trước đó (%1).</translation>
    </message>
    <message>
        <source>A revocation request cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Yêu cầu thu hồi không thể chuyển từ trạng thái &quot;%1&quot; sang &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Signatures valid</source>
        <translation>Chữ ký hợp lệ</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Chữ ký không hợp lệ</translation>
    </message>
    <message>
        <source>Signatures could not be verified</source>
        <translation>Không kiểm tra được chữ ký</translation>
    </message>
</context>
<context>
    <name>hocbaso::Tt27Content</name>
    <message>
        <source>The record content is not valid: %1 is not a known field.</source>
        <translation>Nội dung học bạ không hợp lệ: %1 không phải là trường dữ liệu được hỗ trợ.</translation>
    </message>
    <message>
        <source>The record content is not valid: %1 is missing.</source>
        <translation>Nội dung học bạ không hợp lệ: thiếu %1.</translation>
    </message>
    <message>
        <source>The record content is not valid: %1 must be text.</source>
        <translation>Nội dung học bạ không hợp lệ: %1 phải là văn bản.</translation>
    </message>
    <message>
        <source>The record content is not valid: %1 is empty.</source>
        <translation>Nội dung học bạ không hợp lệ: %1 đang để trống.</translation>
    </message>
    <message>
        <source>The record content is not valid: %1 must be a whole number from %2 to %3.</source>
        <translation>Nội dung học bạ không hợp lệ: %1 phải là số nguyên từ %2 đến %3.</translation>
    </message>
    <message>
        <source>The record content is not valid: %1 must be a list.</source>
        <translation>Nội dung học bạ không hợp lệ: %1 phải là một danh sách.</translation>
    </message>
    <message>
        <source>The record content is not valid: %1 must be an object.</source>
        <translation>Nội dung học bạ không hợp lệ: %1 phải là một đối tượng.</translation>
    </message>
    <message>
        <source>The record content is not valid: %1 is &quot;%2&quot;; use Tốt, Đạt or Cần cố gắng.</source>
        <translation>Nội dung học bạ không hợp lệ: %1 có giá trị &quot;%2&quot;; chỉ được dùng Tốt, Đạt hoặc Cần cố gắng.</translation>
    </message>
    <message>
        <source>The record content is not valid: %1 is &quot;%2&quot;; use T, H or C.</source>
        <translation>Nội dung học bạ không hợp lệ: %1 có giá trị &quot;%2&quot;; chỉ được dùng T, H hoặc C.</translation>
    </message>
    <message>
        <source>The record content is not valid: schoolYear is &quot;%1&quot;; write it as 2025-2026.</source>
        <translation>Nội dung học bạ không hợp lệ: schoolYear có giá trị &quot;%1&quot;; hãy ghi theo dạng 2025-2026.</translation>
    </message>
    <message>
        <source>The record content is not valid: yearEndResult is &quot;%1&quot;; use Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành or Chưa hoàn thành.</source>
        <translation>Nội dung học bạ không hợp lệ: yearEndResult có giá trị &quot;%1&quot;; chỉ được dùng Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành hoặc Chưa hoàn thành.</translation>
    </message>
    <message>
        <source>The record content is not valid: promoted must be true or false.</source>
        <translation>Nội dung học bạ không hợp lệ: promoted phải là true hoặc false.</translation>
    </message>
</context>
<context>
    <name>hocbaso::cli</name>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>Tùy chọn --%1 không nhận giá trị.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Tùy chọn --%1 cần có giá trị.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Không có tùy chọn --%1.</translation>
    </message>
    <message>
        <source>seal (unit certificate)</source>
        <translation>chứng thư số đơn vị</translation>
    </message>
    <message>
        <source>signing account of %1, %2</source>
        <translation>tài khoản ký số của %1, %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>CHƯA ĐẠT</translation>
    </message>
    <message>
        <source>Certificate #%1: %2</source>
        <translation>Chứng thư số #%1: %2</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Trường:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Certificate file (not registered)</source>
        <translation>Tệp chứng thư số (chưa đăng ký)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Chủ thể:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Tổ chức cấp:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Số hiệu:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Hiệu lực:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Khóa:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chuỗi tin cậy:</translation>
    </message>
    <message>
        <source>CA family:</source>
        <translation>Nhóm CA:</translation>
    </message>
    <message>
        <source>Submitted:</source>
        <translation>Đăng ký:</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>người thực hiện %1, lúc %2</translation>
    </message>
    <message>
        <source>Decided:</source>
        <translation>Xử lý:</translation>
    </message>
    <message>
        <source>Revoked:</source>
        <translation>Thu hồi:</translation>
    </message>
    <message>
        <source>by %1 on %2: %3</source>
        <translation>người thực hiện %1, lúc %2: %3</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Kiểm tra:</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>CHƯA ĐẠT: %1</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <source>all checks pass</source>
        <translation>đạt mọi tiêu chí kiểm tra</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate number.</source>
        <translation>&quot;%1&quot; không phải là ID chứng thư số hợp lệ.</translation>
    </message>
    <message>
        <source>Name at least one certificate number.</source>
        <translation>Hãy nêu ít nhất một ID chứng thư số.</translation>
    </message>
    <message>
        <source>Certificate #%1 approved.</source>
        <translation>Đã duyệt chứng thư số #%1.</translation>
    </message>
    <message>
        <source>Certificate #%1 rejected.</source>
        <translation>Đã từ chối chứng thư số #%1.</translation>
    </message>
    <message>
        <source>Certificate #%1 revoked.</source>
        <translation>Đã thu hồi chứng thư số #%1.</translation>
    </message>
    <message>
        <source>Add --yes to approve a certificate whose checks failed.</source>
        <translation>Thêm --yes để duyệt chứng thư số không đạt tiêu chí kiểm tra.</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli cert import --school CODE [--kind unit|signer] [--holder NAME] [--position principal|vice_principal] FILE</source>
        <translation>Cách dùng: hocbaso-cli cert import --school MÃ [--kind unit|signer] [--holder TÊN] [--position principal|vice_principal] TỆP</translation>
    </message>
    <message>
        <source>cert import needs --school CODE.</source>
        <translation>cert import cần --school MÃ.</translation>
    </message>
    <message>
        <source>--kind must be unit or signer.</source>
        <translation>--kind phải là unit hoặc signer.</translation>
    </message>
    <message>
        <source>--position must be principal or vice_principal.</source>
        <translation>--position phải là principal hoặc vice_principal.</translation>
    </message>
    <message>
        <source>Certificate #%1 is registered for %2 and waits for the managing unit&apos;s decision.</source>
        <translation>Chứng thư số #%1 đã được đăng ký cho %2 và đang chờ đơn vị quản lý duyệt.</translation>
    </message>
    <message>
        <source>It replaces certificate #%1, which was still pending.</source>
        <translation>Chứng thư số này thay thế chứng thư số #%1 (đang chờ duyệt).</translation>
    </message>
    <message>
        <source>--status must be pending, approved, rejected or revoked.</source>
        <translation>--status phải là pending, approved, rejected hoặc revoked.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s).</source>
        <translation>
            <numerusform>%n chứng thư số.</numerusform>
        </translation>
    </message>
    <message>
        <source>seal</source>
        <translation>Chứng thư đơn vị</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli cert show ID</source>
        <translation>Cách dùng: hocbaso-cli cert show ID</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli cert inspect FILE</source>
        <translation>Cách dùng: hocbaso-cli cert inspect TỆP</translation>
    </message>
    <message>
        <source>root</source>
        <translation>gốc</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>trung gian</translation>
    </message>
    <message numerus="yes">
        <source>dated %1, next update %2, %n revoked certificate(s)</source>
        <translation>
            <numerusform>ngày %1, cập nhật tiếp theo %2, %n chứng thư số bị thu hồi</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>--family must be vgca, public or test.</source>
        <translation>--family phải là vgca, public hoặc test.</translation>
    </message>
    <message>
        <source>Added to the trust store:</source>
        <translation>Đã thêm vào kho chứng thư gốc tin cậy:</translation>
    </message>
    <message>
        <source>Already trusted: %1</source>
        <translation>Đã có trong kho tin cậy: %1</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli trust add FILE [--family vgca|public|test] | trust list</source>
        <translation>Cách dùng: hocbaso-cli trust add TỆP [--family vgca|public|test] | trust list</translation>
    </message>
    <message>
        <source>CRL added:</source>
        <translation>Đã thêm danh sách chứng thư bị thu hồi (CRL):</translation>
    </message>
    <message>
        <source>No CRL is loaded.</source>
        <translation>Chưa nạp danh sách chứng thư bị thu hồi (CRL) nào.</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli crl add FILE | crl list</source>
        <translation>Cách dùng: hocbaso-cli crl add TỆP | crl list</translation>
    </message>
    <message>
        <source>--lang must be vi or en.</source>
        <translation>--lang phải là vi hoặc en.</translation>
    </message>
    <message>
        <source>See: hocbaso-cli --help</source>
        <translation>Xem: hocbaso-cli --help</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Không có lệnh &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade; grades are 1 to 5.</source>
        <translation>&quot;%1&quot; không phải là khối lớp; khối lớp từ 1 đến 5.</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli lock set (--all | --school CODE...) [--grade N...] [--year Y] [--receive DATE] [--revoke DATE] | lock clear --school CODE [--grade N...] [--year Y] | lock show [--school CODE] [--year Y]</source>
        <translation>Cách dùng: hocbaso-cli lock set (--all | --school MÃ...) [--grade N...] [--year Y] [--receive NGÀY] [--revoke NGÀY] | lock clear --school MÃ [--grade N...] [--year Y] | lock show [--school MÃ] [--year Y]</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã ghi.</translation>
    </message>
    <message>
        <source>lock clear needs --school CODE.</source>
        <translation>lock clear cần --school MÃ.</translation>
    </message>
    <message>
        <source>The schools follow the unit-wide setting again.</source>
        <translation>Các trường đã trở lại áp dụng cấu hình chung của đơn vị.</translation>
    </message>
    <message>
        <source>Lock dates, school year %1</source>
        <translation>Ngày khóa, năm học %1</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>khối %1</translation>
    </message>
    <message>
        <source>receive: %1</source>
        <translation>tiếp nhận: %1</translation>
    </message>
    <message>
        <source>revoke: %1</source>
        <translation>thu hồi: %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>KHÔNG HỢP LỆ: %1</translation>
    </message>
    <message>
        <source>(certificate approved when signing)</source>
        <translation>(chứng thư số đã được duyệt khi ký)</translation>
    </message>
    <message>
        <source>(certificate NOT approved when signing)</source>
        <translation>(chứng thư số CHƯA được duyệt khi ký)</translation>
    </message>
    <message>
        <source>--status must be draft, confirmed, sent or revoked.</source>
        <translation>--status phải là draft, confirmed, sent hoặc revoked.</translation>
    </message>
    <message>
        <source>Record %1 version %2: every signature is valid.</source>
        <translation>Học bạ %1 phiên bản %2: mọi chữ ký số đều hợp lệ.</translation>
    </message>
    <message>
        <source>Record %1 version %2: NOT valid.</source>
        <translation>Học bạ %1 phiên bản %2: KHÔNG hợp lệ.</translation>
    </message>
    <message>
        <source>The record has no signatures (it was not confirmed).</source>
        <translation>Học bạ chưa có chữ ký số (chưa được xác nhận).</translation>
    </message>
    <message>
        <source>the record has no signatures</source>
        <translation>học bạ chưa có chữ ký số</translation>
    </message>
    <message>
        <source>the %1 signature (%2) is invalid: %3</source>
        <translation>chữ ký số của %1 (%2) không hợp lệ: %3</translation>
    </message>
    <message>
        <source>Record %1 is not valid: %2.</source>
        <translation>Học bạ %1 không hợp lệ: %2.</translation>
    </message>
    <message>
        <source>Lookup code: %1</source>
        <translation>Mã tra cứu: %1</translation>
    </message>
    <message>
        <source>Pupil: %1, born %2, personal ID %3</source>
        <translation>Học sinh: %1, ngày sinh %2, số định danh cá nhân %3</translation>
    </message>
    <message>
        <source>School: %1 (%2), class %3, grade %4, school year %5</source>
        <translation>Trường: %1 (%2), lớp %3, khối %4, năm học %5</translation>
    </message>
    <message>
        <source>Status: %1, version %2</source>
        <translation>Trạng thái: %1, phiên bản %2</translation>
    </message>
    <message>
        <source>Year-end result: %1</source>
        <translation>Kết quả cuối năm: %1</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Phiên bản %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id.</source>
        <translation>&quot;%1&quot; không phải là ID hợp lệ.</translation>
    </message>
    <message>
        <source>Give at least one id.</source>
        <translation>Hãy nêu ít nhất một ID.</translation>
    </message>
    <message numerus="yes">
        <source>Decided: %n request(s).</source>
        <translation>
            <numerusform>Đã xử lý: %n yêu cầu.</numerusform>
        </translation>
    </message>
    <message>
        <source>record confirm needs --keys FILE (the simulation key file).</source>
        <translation>record confirm cần --keys TỆP (tệp khóa mô phỏng).</translation>
    </message>
    <message>
        <source>Record %1 is now &quot;%2&quot; (version %3).</source>
        <translation>Học bạ %1 hiện ở trạng thái &quot;%2&quot; (phiên bản %3).</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli revocation request UUID --reason TEXT</source>
        <translation>Cách dùng: hocbaso-cli revocation request UUID --reason LÝ_DO</translation>
    </message>
    <message>
        <source>A revocation request needs --reason TEXT.</source>
        <translation>Yêu cầu thu hồi cần có --reason LÝ_DO.</translation>
    </message>
    <message>
        <source>Revocation request #%1 was sent to the managing unit.</source>
        <translation>Đã gửi yêu cầu thu hồi #%1 lên đơn vị quản lý.</translation>
    </message>
    <message>
        <source>--status must be pending, approved or rejected.</source>
        <translation>--status phải là pending, approved hoặc rejected.</translation>
    </message>
    <message>
        <source>Rejecting needs --reason TEXT (a note for the school).</source>
        <translation>Từ chối cần có --reason LÝ_DO (ghi chú gửi nhà trường).</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli revocation request UUID --reason TEXT | revocation list [--school CODE] [--grade N] [--status S] | revocation approve ID... | revocation reject ID... --reason TEXT</source>
        <translation>Cách dùng: hocbaso-cli revocation request UUID --reason LÝ_DO | revocation list [--school MÃ] [--grade N] [--status S] | revocation approve ID... | revocation reject ID... --reason LÝ_DO</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>% sent</source>
        <translation>% gửi</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>The store is ready (schema version %1): %2</source>
        <translation>Cơ sở dữ liệu đã sẵn sàng (phiên bản lược đồ %1): %2</translation>
    </message>
    <message>
        <source>demo needs --password P (the password of every demo user).</source>
        <translation>demo cần --password P (mật khẩu của mọi người dùng mẫu).</translation>
    </message>
    <message>
        <source>Demo data created: %1 units, %2 schools, %3 pupils, %4 records, %5 certificates, %6 revocation requests.</source>
        <translation>Đã tạo dữ liệu mẫu: %1 đơn vị, %2 trường, %3 học sinh, %4 học bạ, %5 chứng thư số, %6 yêu cầu thu hồi.</translation>
    </message>
    <message>
        <source>Users (all with the password you gave):</source>
        <translation>Người dùng (tất cả dùng mật khẩu bạn đã nhập):</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Phiên bản lược đồ: %1</translation>
    </message>
    <message>
        <source>Managing units: %1</source>
        <translation>Đơn vị quản lý: %1</translation>
    </message>
    <message>
        <source>Schools: %1</source>
        <translation>Trường: %1</translation>
    </message>
    <message>
        <source>Pupils: %1</source>
        <translation>Học sinh: %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Học bạ: %1</translation>
    </message>
    <message>
        <source>Certificates: %1</source>
        <translation>Chứng thư số: %1</translation>
    </message>
    <message>
        <source>Revocation requests: %1</source>
        <translation>Yêu cầu thu hồi: %1</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Người dùng: %1</translation>
    </message>
    <message>
        <source>Audit events: %1</source>
        <translation>Sự kiện nhật ký kiểm toán: %1</translation>
    </message>
    <message>
        <source>The audit log was altered: %1.</source>
        <translation>Nhật ký kiểm toán đã bị thay đổi: %1.</translation>
    </message>
    <message>
        <source>--pdf needs the name of the file to write.</source>
        <translation>--pdf cần có tên tệp để ghi.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>This command needs --user NAME (the password comes from HOCBASO_PASSWORD or a prompt).</source>
        <translation>Lệnh này cần --user TÊN (mật khẩu lấy từ HOCBASO_PASSWORD hoặc nhập khi được hỏi).</translation>
    </message>
    <message>
        <source>No password: set HOCBASO_PASSWORD or run from a terminal.</source>
        <translation>Chưa có mật khẩu: hãy đặt HOCBASO_PASSWORD hoặc chạy từ cửa sổ dòng lệnh.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3; got &quot;%4&quot;.</source>
        <translation>--%1 phải là số nguyên từ %2 đến %3; giá trị đã nhập là &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD (for example 2026-05-31).</source>
        <translation>--%1: &quot;%2&quot; không phải là ngày hợp lệ; hãy ghi theo dạng YYYY-MM-DD (ví dụ 2026-05-31).</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli user add NAME --role admin|officer|viewer|school --unit CODE [--school CODE] [--display-name TEXT] (the new password from HOCBASO_NEW_PASSWORD or a prompt) | user list | user disable NAME | user enable NAME | user unlock NAME</source>
        <translation>Cú pháp: hocbaso-cli user add TÊN --role admin|officer|viewer|school --unit MÃ [--school MÃ] [--display-name TÊN_ĐẦY_ĐỦ] (mật khẩu mới lấy từ HOCBASO_NEW_PASSWORD hoặc nhập khi được hỏi) | user list | user disable TÊN | user enable TÊN | user unlock TÊN</translation>
    </message>
    <message>
        <source>No password for the new user: set HOCBASO_NEW_PASSWORD or run from a terminal.</source>
        <translation>Chưa có mật khẩu cho người dùng mới: hãy đặt HOCBASO_NEW_PASSWORD hoặc chạy từ cửa sổ dòng lệnh.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Mật khẩu mới của %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <source>The new password is never given on the command line: set HOCBASO_NEW_PASSWORD or answer the prompt.</source>
        <translation>Không ghi mật khẩu mới trên dòng lệnh: hãy đặt HOCBASO_NEW_PASSWORD hoặc nhập khi được hỏi.</translation>
    </message>
    <message>
        <source>--role must be admin, officer, viewer or school; got &quot;%1&quot;.</source>
        <translation>--role phải là admin, officer, viewer hoặc school; giá trị đã nhập: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--school is only for users of role school.</source>
        <translation>--school chỉ dùng cho người dùng có vai trò school (người dùng nhà trường).</translation>
    </message>
    <message>
        <source>User %1 was added (%2, %3).</source>
        <translation>Đã thêm người dùng %1 (%2, %3).</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>bị khóa đến %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>User %1 is disabled and can no longer sign in.</source>
        <translation>Đã vô hiệu hóa người dùng %1; tài khoản này không thể đăng nhập nữa.</translation>
    </message>
    <message>
        <source>User %1 can sign in again.</source>
        <translation>Người dùng %1 đã có thể đăng nhập trở lại.</translation>
    </message>
    <message>
        <source>User %1 is unlocked.</source>
        <translation>Đã mở khóa người dùng %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n học bạ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n event(s).</source>
        <translation>
            <numerusform>Nhật ký kiểm toán toàn vẹn: %n sự kiện.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the offline copy&apos;s file with --db PATH.</source>
        <translation>Hãy chỉ tệp của bản sao ngoại tuyến bằng --db ĐƯỜNG_DẪN.</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli --user NAME replica create --from CONNINFO --db PATH [--batch N]</source>
        <translation>Cách dùng: hocbaso-cli --user TÊN replica create --from CONNINFO --db ĐƯỜNG_DẪN [--batch N]</translation>
    </message>
    <message>
        <source>The offline copy is ready in %1: %2 records of %3 schools. Sign in to it with the same username and password, and sync it when you are back online.</source>
        <translation>Bản sao ngoại tuyến đã sẵn sàng tại %1: %2 học bạ của %3 trường. Đăng nhập vào bản sao bằng cùng tên đăng nhập và mật khẩu, và đồng bộ khi có mạng trở lại.</translation>
    </message>
    <message>
        <source>%1 is not an offline copy (make one with replica create).</source>
        <translation>%1 không phải là bản sao ngoại tuyến (tạo bản sao bằng replica create).</translation>
    </message>
    <message>
        <source>Synced: %1 change(s) sent, %2 row(s) received.</source>
        <translation>Đã đồng bộ: gửi %1 thay đổi, nhận %2 dòng dữ liệu.</translation>
    </message>
    <message>
        <source>The server was restored or upgraded, so the unit was downloaded again.</source>
        <translation>Máy chủ đã được khôi phục hoặc nâng cấp nên dữ liệu của đơn vị đã được tải lại.</translation>
    </message>
    <message>
        <source>--by takes unit or school, not %1.</source>
        <translation>--by nhận unit hoặc school, không nhận %1.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>%1 is its administrator (of the whole store) and can now sign in.</source>
        <translation>%1 là quản trị viên (của toàn bộ cơ sở dữ liệu) và đã có thể đăng nhập.</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli school list [--unit CODE] | school add|update|move|close CODE ...</source>
        <translation>Cách dùng: hocbaso-cli school list [--unit MÃ] | school add|update|move|close MÃ ...</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli unit add CODE --name TEXT --level so|phong|xa [--parent CODE] | unit list | unit rename CODE --name TEXT | unit move CODE --parent CODE | unit close CODE</source>
        <translation>Cách dùng: hocbaso-cli unit add MÃ --name TÊN --level so|phong|xa [--parent MÃ] | unit list | unit rename MÃ --name TÊN | unit move MÃ --parent MÃ | unit close MÃ</translation>
    </message>
    <message>
        <source>There is no managing unit with the code %1.</source>
        <translation>Không có đơn vị quản lý nào có mã %1.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <source>There is no school with the code %1.</source>
        <translation>Không có trường nào có mã %1.</translation>
    </message>
    <message>
        <source>--ownership must be public or private; got &quot;%1&quot;.</source>
        <translation>--ownership phải là public hoặc private; đã nhập &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>School %1 (%2) was added to %3.</source>
        <translation>Đã thêm trường %1 (%2) vào %3.</translation>
    </message>
    <message>
        <source>School %1 was updated.</source>
        <translation>Đã cập nhật trường %1.</translation>
    </message>
    <message>
        <source>--level must be so, phong or xa; got &quot;%1&quot;.</source>
        <translation>--level phải là so, phong hoặc xa; đã nhập &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Managing unit %1 (%2) was added.</source>
        <translation>Đã thêm đơn vị quản lý %1 (%2).</translation>
    </message>
    <message>
        <source>Managing unit %1 was renamed.</source>
        <translation>Đã đổi tên đơn vị quản lý %1.</translation>
    </message>
    <message>
        <source>Managing unit %1 now stands under %2.</source>
        <translation>Đơn vị quản lý %1 nay trực thuộc %2.</translation>
    </message>
    <message>
        <source>Managing unit %1 is closed.</source>
        <translation>Đơn vị quản lý %1 đã được đóng.</translation>
    </message>
    <message>
        <source>School %1 now belongs to %2.</source>
        <translation>Trường %1 nay thuộc %2.</translation>
    </message>
    <message>
        <source>School %1 is closed.</source>
        <translation>Trường %1 đã được đóng.</translation>
    </message>
    <message>
        <source>This store already has users: an administrator adds more with &quot;user add&quot;.</source>
        <translation>Cơ sở dữ liệu này đã có người dùng: quản trị viên thêm người dùng mới bằng lệnh &quot;user add&quot;.</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli school list [--unit CODE] | school add CODE --name TEXT --unit CODE --ownership public|private [--tax-code T] [--address T] | school update CODE [--name TEXT] [--ownership public|private] [--tax-code T] [--address T] | school move CODE --unit CODE | school close CODE | school import FILE [--dry-run]</source>
        <translation>Cách dùng: hocbaso-cli school list [--unit MÃ] | school add MÃ --name TÊN --unit MÃ --ownership public|private [--tax-code MST] [--address ĐỊA_CHỈ] | school update MÃ [--name TÊN] [--ownership public|private] [--tax-code MST] [--address ĐỊA_CHỈ] | school move MÃ --unit MÃ | school close MÃ | school import TỆP [--dry-run]</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>Would add %1, update %2, leave %3 unchanged; %4 error(s).</source>
        <translation>Sẽ thêm %1, cập nhật %2, giữ nguyên %3; %4 lỗi.</translation>
    </message>
    <message>
        <source>Added %1, updated %2, left %3 unchanged.</source>
        <translation>Đã thêm %1, cập nhật %2, giữ nguyên %3.</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>cảnh báo: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) checked with their certificate authorities</source>
        <translation>
            <numerusform>Đã kiểm tra %n chứng thư số với tổ chức cung cấp dịch vụ chứng thực</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new CRL(s), </source>
        <translation>
            <numerusform>%n CRL mới, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OCSP answer(s), </source>
        <translation>
            <numerusform>%n câu trả lời OCSP, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable address(es).</source>
        <translation>
            <numerusform>%n địa chỉ không kết nối được.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate #%1 is revoked by its certificate authority.</source>
        <translation>Chứng thư số #%1 đã bị tổ chức cung cấp dịch vụ chứng thực thu hồi.</translation>
    </message>
    <message>
        <source>%1 sent record version(s) checked: %2 valid, %3 invalid, %4 could not be verified.</source>
        <translation>Đã kiểm tra %1 phiên bản học bạ đã gửi: %2 hợp lệ, %3 không hợp lệ, %4 không kiểm tra được.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have an invalid signature.</source>
        <translation>
            <numerusform>%n học bạ có chữ ký không hợp lệ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli record verify --all [--school CODE] [--year Y] [--unverified]</source>
        <translation>Cách dùng: hocbaso-cli record verify --all [--school MÃ] [--year NĂM] [--unverified]</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli record show UUID [--pdf FILE] | record verify UUID | record verify --all [--school CODE] [--year Y] | record confirm UUID | record send UUID</source>
        <translation>Cách dùng: hocbaso-cli record show UUID [--pdf TỆP] | record verify UUID | record verify --all [--school MÃ] [--year NĂM] | record confirm UUID | record send UUID</translation>
    </message>
    <message>
        <source>on %1, according to %2 (learnt %3)</source>
        <translation>ngày %1, theo %2 (biết được lúc %3)</translation>
    </message>
    <message>
        <source>Revoked by CA:</source>
        <translation>CA thu hồi:</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli cert list [--status S] [--school CODE] [--kind unit|signer] [--ca-revoked]</source>
        <translation>Cách dùng: hocbaso-cli cert list [--status S] [--school MÃ] [--kind unit|signer] [--ca-revoked]</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli cert inspect FILE | import --school CODE ... FILE | list [--status S] [--school CODE] [--ca-revoked] | show ID | refresh [ID...] | approve ID... | reject ID... --reason TEXT | revoke ID... --reason TEXT</source>
        <translation>Cách dùng: hocbaso-cli cert inspect TỆP | import --school MÃ ... TỆP | list [--status S] [--school MÃ] [--ca-revoked] | show ID | refresh [ID...] | approve ID... | reject ID... --reason LÝ_DO | revoke ID... --reason LÝ_DO</translation>
    </message>
    <message>
        <source>hocbaso-cli: digital school records (học bạ số) for education offices, from the command line.

Global options: --db PATH | --pg CONNINFO, --user NAME (password from HOCBASO_PASSWORD), --today YYYY-MM-DD, --json, --yes, --lang vi|en, --version

Commands:
  init                      create or upgrade the store
  init --admin NAME [--display-name TEXT]   and add its first administrator, of the whole store
                            (the new password from HOCBASO_NEW_PASSWORD or a prompt)
  demo [--seed N] [--units N] [--schools N] [--students N] [--years N] --password P
  info                      what the store holds
  school list [--unit CODE] the schools (of a unit and the units below it)
  unit add CODE --name TEXT --level so|phong|xa [--parent CODE]   add a managing unit
  unit list, unit rename CODE --name TEXT, unit move CODE --parent CODE, unit close CODE
  school add CODE --name TEXT --unit CODE --ownership public|private [--tax-code T] [--address T]
  school update CODE [--name TEXT] [--ownership public|private] [--tax-code T] [--address T]
  school move CODE --unit CODE, school close CODE   (administrators, within their units)
  user add NAME --role admin|officer|viewer|school --unit CODE [--school CODE] [--display-name TEXT]
                            add a user (administrators; the new password from HOCBASO_NEW_PASSWORD
                            or a prompt, never an argument)
  user list, user disable NAME, user enable NAME, user unlock NAME   the users and their state
  audit list [--limit N]    the latest audit events
  audit verify              recompute the audit hash chains
  lookup [--name Q] [--pid ID] [--school CODE] [--uuid U] [--year Y] [--grade N] [--status S]
         [--limit N] [--offset N]   find records (6.3)
  record show UUID          a record with its versions and signatures
  record verify UUID        verify a record&apos;s signatures
  record verify --all [--school CODE] [--year Y] [--unverified]
                            verify every sent record (exit 1 naming each invalid one)
  cert inspect FILE         check a certificate file against the trust store (no --user needed)
  cert import --school CODE [--kind unit|signer] [--holder NAME]
         [--position principal|vice_principal] FILE
                            register a school&apos;s seal or a manager&apos;s signing account (school side)
  cert list [--status S] [--school CODE] [--kind unit|signer] [--ca-revoked]
                            registered certificates with their checks (6.1); --ca-revoked: only
                            those their certificate authority revoked
  cert show ID              one certificate with its checks and decisions
  cert refresh [ID...]      ask the certificate authorities now (CRLs, OCSP)
  cert approve ID... [--reason TEXT]   approve pending certificates (--yes if a check failed)
  cert reject ID... --reason TEXT      reject pending certificates
  cert revoke ID... --reason TEXT      revoke approved certificates
  trust add FILE [--family vgca|public|test], trust list   the trusted CA certificates
  crl add FILE, crl list    certificate revocation lists, verified against the trust store
  record confirm UUID [--keys FILE], record send UUID      (school side)
  lock set (--all | --school CODE...) [--grade N...] [--year Y] [--receive DATE] [--revoke DATE]
  lock clear --school CODE [--grade N...] [--year Y], lock show [--school CODE] [--year Y]
  revocation request UUID --reason TEXT   (school side)
  revocation list [--school CODE] [--grade N] [--status S]
  revocation approve ID..., revocation reject ID... --reason TEXT
  school import FILE [--dry-run]   add and update schools from a CSV or .xlsx list, all or nothing
  stats [--by unit] [--unit CODE] [--year Y] [--grade N] [--csv FILE] [--xlsx FILE] [--pdf FILE]
  replica create --from CONNINFO --db PATH [--batch N]
                            download your unit from the server into an offline copy (resumable)
  sync --db PATH [--from CONNINFO]   send the offline copy&apos;s changes, bring it up to date

Exit codes: 0 done, 1 refused or failed, 2 usage error.
</source>
        <translation>hocbaso-cli: học bạ số dành cho cơ quan quản lý giáo dục, thao tác bằng dòng lệnh.

Tùy chọn chung: --db ĐƯỜNG_DẪN | --pg CONNINFO, --user TÊN (mật khẩu lấy từ HOCBASO_PASSWORD), --today YYYY-MM-DD, --json, --yes, --lang vi|en, --version

Các lệnh:
  init                      tạo mới hoặc nâng cấp cơ sở dữ liệu
  init --admin TÊN [--display-name TÊN_ĐẦY_ĐỦ]   và thêm quản trị viên đầu tiên, của toàn bộ cơ sở dữ liệu
                            (mật khẩu mới lấy từ HOCBASO_NEW_PASSWORD hoặc nhập khi được hỏi)
  demo [--seed N] [--units N] [--schools N] [--students N] [--years N] --password P
  info                      thông tin dữ liệu đang lưu trữ
  school list [--unit MÃ]   danh sách trường (của một đơn vị và các đơn vị trực thuộc)
  unit add MÃ --name TÊN --level so|phong|xa [--parent MÃ]   thêm đơn vị quản lý
  unit list, unit rename MÃ --name TÊN, unit move MÃ --parent MÃ, unit close MÃ
  school add MÃ --name TÊN --unit MÃ --ownership public|private [--tax-code MST] [--address ĐỊA_CHỈ]
  school update MÃ [--name TÊN] [--ownership public|private] [--tax-code MST] [--address ĐỊA_CHỈ]
  school move MÃ --unit MÃ, school close MÃ   (quản trị viên, trong phạm vi đơn vị của mình)
  user add TÊN --role admin|officer|viewer|school --unit MÃ [--school MÃ] [--display-name TÊN_ĐẦY_ĐỦ]
                            thêm người dùng (quản trị viên; mật khẩu mới lấy từ HOCBASO_NEW_PASSWORD
                            hoặc nhập khi được hỏi, không bao giờ ghi trên dòng lệnh)
  user list, user disable TÊN, user enable TÊN, user unlock TÊN   danh sách người dùng và trạng thái
  audit list [--limit N]    các sự kiện mới nhất của nhật ký kiểm toán
  audit verify              tính lại chuỗi băm của nhật ký kiểm toán
  lookup [--name Q] [--pid ID] [--school MÃ] [--uuid U] [--year Y] [--grade N] [--status S]
         [--limit N] [--offset N]   tra cứu học bạ số (6.3)
  record show UUID          một học bạ kèm các phiên bản và chữ ký số
  record verify UUID        kiểm tra chữ ký số của học bạ
  record verify --all [--school MÃ] [--year Y] [--unverified]
                            kiểm tra mọi học bạ đã gửi (mã thoát 1, nêu từng học bạ không hợp lệ)
  cert inspect TỆP          kiểm tra tệp chứng thư số theo kho chứng thư gốc tin cậy (không cần --user)
  cert import --school MÃ [--kind unit|signer] [--holder TÊN]
         [--position principal|vice_principal] TỆP
                            đăng ký chứng thư số đơn vị hoặc tài khoản ký số của cán bộ quản lý (phía nhà trường)
  cert list [--status S] [--school MÃ] [--kind unit|signer] [--ca-revoked]
                            chứng thư số đã đăng ký kèm kết quả kiểm tra (6.1); --ca-revoked: chỉ
                            những chứng thư số đã bị tổ chức cung cấp dịch vụ chứng thực thu hồi
  cert show ID              một chứng thư số kèm kết quả kiểm tra và các quyết định
  cert refresh [ID...]      hỏi ngay tổ chức cung cấp dịch vụ chứng thực (CRL, OCSP)
  cert approve ID... [--reason LÝ_DO]  duyệt chứng thư số đang chờ duyệt (--yes nếu có tiêu chí không đạt)
  cert reject ID... --reason LÝ_DO     từ chối chứng thư số đang chờ duyệt
  cert revoke ID... --reason LÝ_DO     thu hồi chứng thư số đã duyệt
  trust add TỆP [--family vgca|public|test], trust list    chứng thư số CA tin cậy
  crl add TỆP, crl list     danh sách chứng thư bị thu hồi (CRL), xác minh theo kho chứng thư gốc tin cậy
  record confirm UUID [--keys TỆP], record send UUID       (phía nhà trường)
  lock set (--all | --school MÃ...) [--grade N...] [--year Y] [--receive NGÀY] [--revoke NGÀY]
  lock clear --school MÃ [--grade N...] [--year Y], lock show [--school MÃ] [--year Y]
  revocation request UUID --reason LÝ_DO  (phía nhà trường)
  revocation list [--school MÃ] [--grade N] [--status S]
  revocation approve ID..., revocation reject ID... --reason LÝ_DO
  school import TỆP [--dry-run]    thêm và cập nhật trường từ danh sách CSV hoặc .xlsx, tất cả hoặc không gì cả
  stats [--by unit] [--unit MÃ] [--year Y] [--grade N] [--csv TỆP] [--xlsx TỆP] [--pdf TỆP]
  replica create --from CONNINFO --db ĐƯỜNG_DẪN [--batch N]
                            tải đơn vị của bạn từ máy chủ về một bản sao ngoại tuyến (tải tiếp được khi bị ngắt)
  sync --db ĐƯỜNG_DẪN [--from CONNINFO]   gửi các thay đổi của bản sao ngoại tuyến, cập nhật bản sao

Mã thoát: 0 hoàn tất, 1 bị từ chối hoặc thất bại, 2 sai cú pháp lệnh.
</translation>
    </message>
    <message>
        <source>
Read replica: --pg-read CONNINFO reads lookups, record details, lists and statistics from a read-only server (a streaming replica of the --pg server); every change still goes to --pg.
</source>
        <translation>
Bản sao chỉ đọc: --pg-read CONNINFO đọc tra cứu, chi tiết học bạ, danh sách và thống kê từ một máy chủ chỉ đọc (bản sao streaming của máy chủ --pg); mọi thay đổi vẫn gửi về --pg.
</translation>
    </message>
    <message>
        <source>--pg-read names a read replica of the --pg server: give --pg too.</source>
        <translation>--pg-read chỉ bản sao chỉ đọc của máy chủ --pg: cần cho cả --pg.</translation>
    </message>
    <message>
        <source>
To-do: todo [--below PERCENT] counts what waits in your units (pending certificates, approved ones expiring soon, pending revocation requests, schools below the share sent, lock dates in the next 14 days); cert list --expiring lists the certificates expiring within 30 days.
</source>
        <translation>
Việc cần làm: todo [--below PHẦN_TRĂM] đếm các việc đang chờ đơn vị xử lý (chứng thư số chờ duyệt, chứng thư số đã duyệt sắp hết hạn, yêu cầu thu hồi chờ xử lý, trường có tỷ lệ đã gửi dưới ngưỡng, ngày khóa trong 14 ngày tới); cert list --expiring liệt kê các chứng thư số hết hạn trong 30 ngày tới.
</translation>
    </message>
    <message>
        <source>Only administrators and officers back up or restore a store.</source>
        <translation>Chỉ quản trị viên và cán bộ mới được sao lưu hoặc khôi phục cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli backup --to FILE | --daily</source>
        <translation>Cách dùng: hocbaso-cli backup --to TỆP | --daily</translation>
    </message>
    <message>
        <source>Today&apos;s copy is there already in %1.</source>
        <translation>Bản sao lưu hôm nay đã có trong %1.</translation>
    </message>
    <message>
        <source>Copied the store into %1 (%2 bytes, schema version %3).</source>
        <translation>Đã sao lưu cơ sở dữ liệu vào %1 (%2 byte, phiên bản lược đồ %3).</translation>
    </message>
    <message>
        <source>Its audit log is intact.</source>
        <translation>Nhật ký kiểm tra của bản sao còn nguyên vẹn.</translation>
    </message>
    <message>
        <source>Its audit log does NOT verify.</source>
        <translation>Nhật ký kiểm tra của bản sao KHÔNG hợp lệ.</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli restore --from FILE</source>
        <translation>Cách dùng: hocbaso-cli restore --from TỆP</translation>
    </message>
    <message>
        <source>%1 Put it in the place of the store %2?</source>
        <translation>%1 Đặt bản này vào chỗ của cơ sở dữ liệu %2?</translation>
    </message>
    <message>
        <source>Not restored: confirm with --yes (nothing was changed).</source>
        <translation>Chưa khôi phục: hãy xác nhận bằng --yes (không có gì bị thay đổi).</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli todo [--below PERCENT]</source>
        <translation>Cách dùng: hocbaso-cli todo [--below PHẦN_TRĂM]</translation>
    </message>
    <message>
        <source>Certificates waiting for approval: %1</source>
        <translation>Chứng thư số chờ duyệt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Approved certificates expiring within %n day(s): %1</source>
        <translation>
            <numerusform>Chứng thư số đã duyệt sắp hết hạn trong %n ngày: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revocation requests waiting for a decision: %1</source>
        <translation>Yêu cầu thu hồi chờ xử lý: %1</translation>
    </message>
    <message>
        <source>Schools below %1% of records sent (%2): %3</source>
        <translation>Trường có tỷ lệ học bạ đã gửi dưới %1% (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Lock dates within the next %n day(s): %1</source>
        <translation>
            <numerusform>Ngày khóa trong %n ngày tới: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>receive lock</source>
        <translation>khóa tiếp nhận</translation>
    </message>
    <message>
        <source>revoke lock</source>
        <translation>khóa thu hồi</translation>
    </message>
    <message>
        <source>Usage: hocbaso-cli audit list [--limit N] [--action A] [--user U] [--since DATE] [--until DATE] [--entity E] [--csv FILE] | audit verify</source>
        <translation>Cách dùng: hocbaso-cli audit list [--limit N] [--action A] [--user U] [--since DATE] [--until DATE] [--entity E] [--csv FILE] | audit verify</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n sự kiện nhật ký kiểm toán vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>
Backups of a SQLite store:
  backup --to FILE          a consistent copy of the store, taken while others work
  backup --daily            today&apos;s copy in the backups folder beside the store (keeps 7)
  restore --from FILE       check a copy and put it in the place of the store (--yes)
  compact [--no-vacuum]     pack the record content of a store made before version 28, in
                            place; it can be stopped and goes on where it stopped
</source>
        <translation>
Sao lưu cơ sở dữ liệu SQLite:
  backup --to TỆP           bản sao lưu nhất quán của cơ sở dữ liệu, sao lưu được cả khi người khác đang làm việc
  backup --daily            bản sao lưu hôm nay trong thư mục backups cạnh cơ sở dữ liệu (giữ 7 bản)
  restore --from TỆP        kiểm tra một bản sao lưu rồi đặt nó vào chỗ của cơ sở dữ liệu (--yes)
  compact [--no-vacuum]     nén nội dung học bạ của cơ sở dữ liệu tạo trước phiên bản 28, ngay tại chỗ;
                            có thể dừng giữa chừng, lần sau làm tiếp từ chỗ đã dừng
</translation>
    </message>
    <message>
        <source>compact is for a SQLite store; PostgreSQL compresses large values itself.</source>
        <translation>Lệnh compact dành cho kho SQLite; PostgreSQL tự nén các giá trị lớn.</translation>
    </message>
    <message>
        <source>Record content is not packed yet: hocbaso-cli compact makes the store smaller.</source>
        <translation>Nội dung học bạ chưa được nén: lệnh hocbaso-cli compact sẽ làm cơ sở dữ liệu nhỏ lại.</translation>
    </message>
    <message>
        <source>Packing the store: %1%</source>
        <translation>Đang thu gọn kho dữ liệu: %1%</translation>
    </message>
    <message>
        <source>Packed the content of %1 record version(s) and %2 signature(s); the store went from %3 to %4 bytes.</source>
        <translation>Đã nén nội dung của %1 phiên bản học bạ và %2 chữ ký; kho dữ liệu từ %3 còn %4 byte.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::Certificate</name>
    <message>
        <source>This file contains a private key as well as certificates; a private key must never be shared. Export the certificate alone (.cer or .crt) and try again.</source>
        <translation>Tệp này chứa khóa bí mật cùng với chứng thư số; khóa bí mật tuyệt đối không được chia sẻ. Hãy xuất riêng chứng thư số (.cer hoặc .crt) rồi thử lại.</translation>
    </message>
    <message>
        <source>This is a private key, not a certificate; never share it. Export the certificate alone (.cer or .crt) and try again.</source>
        <translation>Đây là khóa bí mật, không phải chứng thư số; tuyệt đối không chia sẻ khóa bí mật. Hãy xuất riêng chứng thư số (.cer hoặc .crt) rồi thử lại.</translation>
    </message>
    <message>
        <source>This is a PKCS#12 (.pfx or .p12) file, which contains a private key; never share it. Export the certificate alone (.cer or .crt) and try again.</source>
        <translation>Đây là tệp PKCS#12 (.pfx hoặc .p12) có chứa khóa bí mật; tuyệt đối không chia sẻ tệp này. Hãy xuất riêng chứng thư số (.cer hoặc .crt) rồi thử lại.</translation>
    </message>
    <message>
        <source>This is a certificate revocation list (CRL), not a certificate; add it as a CRL instead.</source>
        <translation>Đây là danh sách chứng thư bị thu hồi (CRL), không phải chứng thư số; hãy thêm tệp này ở mục CRL.</translation>
    </message>
    <message>
        <source>This is a certificate request (CSR), not a certificate; the certificate authority issues the certificate from it.</source>
        <translation>Đây là yêu cầu cấp chứng thư số (CSR), không phải chứng thư số; tổ chức cung cấp dịch vụ chứng thực sẽ dựa vào yêu cầu này để cấp chứng thư số.</translation>
    </message>
    <message>
        <source>The file is not a certificate: it is neither PEM text nor a DER certificate or PKCS#7 bundle.</source>
        <translation>Tệp không phải là chứng thư số: không phải văn bản PEM, chứng thư số DER hay gói PKCS#7.</translation>
    </message>
    <message>
        <source>The certificate data is cut short: it announces %1 bytes but only %2 are there. The file may have been copied incompletely.</source>
        <translation>Dữ liệu chứng thư số bị thiếu: khai báo %1 byte nhưng chỉ có %2 byte. Có thể tệp đã bị sao chép không đầy đủ.</translation>
    </message>
    <message>
        <source>The PKCS#7 bundle holds no certificate.</source>
        <translation>Gói PKCS#7 không chứa chứng thư số nào.</translation>
    </message>
    <message>
        <source>After certificate %1 the file holds data that is not a certificate.</source>
        <translation>Sau chứng thư số thứ %1, tệp chứa dữ liệu không phải là chứng thư số.</translation>
    </message>
    <message>
        <source>PEM block %1 of the file is damaged or cut short.</source>
        <translation>Khối PEM thứ %1 của tệp bị hỏng hoặc bị thiếu.</translation>
    </message>
    <message>
        <source>Certificate %1 in the file is damaged and cannot be read.</source>
        <translation>Chứng thư số thứ %1 trong tệp bị hỏng, không đọc được.</translation>
    </message>
    <message>
        <source>The PKCS#7 bundle in the file is damaged and cannot be read.</source>
        <translation>Gói PKCS#7 trong tệp bị hỏng, không đọc được.</translation>
    </message>
    <message>
        <source>The file looks like PEM text but holds no complete PEM block, so no certificate.</source>
        <translation>Tệp có dạng văn bản PEM nhưng không có khối PEM đầy đủ nào, nên không có chứng thư số.</translation>
    </message>
    <message>
        <source>The PEM file holds no certificate (it holds: %1).</source>
        <translation>Tệp PEM không chứa chứng thư số (tệp chứa: %1).</translation>
    </message>
    <message>
        <source>The certificate data is empty.</source>
        <translation>Dữ liệu chứng thư số trống.</translation>
    </message>
    <message>
        <source>The data is not a DER-encoded certificate.</source>
        <translation>Dữ liệu không phải là chứng thư số mã hóa DER.</translation>
    </message>
    <message>
        <source>The certificate data is followed by other bytes.</source>
        <translation>Sau dữ liệu chứng thư số còn có các byte khác.</translation>
    </message>
    <message>
        <source>The data is %1 bytes long, more than the %2 bytes a certificate file may have; choose the certificate file itself (.cer, .crt, .pem or .p7b).</source>
        <translation>Dữ liệu dài %1 byte, vượt quá giới hạn %2 byte của một tệp chứng thư số; hãy chọn đúng tệp chứng thư số (.cer, .crt, .pem hoặc .p7b).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp không có dữ liệu.</translation>
    </message>
    <message>
        <source>digital signature</source>
        <translation>ký số</translation>
    </message>
    <message>
        <source>non-repudiation</source>
        <translation>chống chối bỏ</translation>
    </message>
    <message>
        <source>key encipherment</source>
        <translation>mã hóa khóa</translation>
    </message>
    <message>
        <source>data encipherment</source>
        <translation>mã hóa dữ liệu</translation>
    </message>
    <message>
        <source>key agreement</source>
        <translation>thỏa thuận khóa</translation>
    </message>
    <message>
        <source>signing certificates</source>
        <translation>ký chứng thư số</translation>
    </message>
    <message>
        <source>signing revocation lists</source>
        <translation>ký danh sách thu hồi</translation>
    </message>
    <message>
        <source>encipher only</source>
        <translation>chỉ mã hóa</translation>
    </message>
    <message>
        <source>decipher only</source>
        <translation>chỉ giải mã</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::CertificateBuilder</name>
    <message>
        <source>No issuer key was given to sign the certificate.</source>
        <translation>Chưa có khóa của tổ chức cấp để ký chứng thư số.</translation>
    </message>
    <message>
        <source>The issuer key does not belong to the issuer certificate.</source>
        <translation>Khóa của tổ chức cấp không khớp với chứng thư số của tổ chức cấp.</translation>
    </message>
    <message>
        <source>The certificate has no public key.</source>
        <translation>Chứng thư số không có khóa công khai.</translation>
    </message>
    <message>
        <source>The certificate has no subject.</source>
        <translation>Chứng thư số không có thông tin chủ thể.</translation>
    </message>
    <message>
        <source>The certificate needs a validity period that ends after it starts.</source>
        <translation>Thời hạn hiệu lực của chứng thư số phải kết thúc sau thời điểm bắt đầu.</translation>
    </message>
    <message>
        <source>The subject field %1=%2 is not valid.</source>
        <translation>Trường chủ thể %1=%2 không hợp lệ.</translation>
    </message>
    <message>
        <source>The extended key usage %1 is not known.</source>
        <translation>Mục đích sử dụng khóa mở rộng %1 không được hỗ trợ.</translation>
    </message>
    <message>
        <source>The certificate policy %1 is not a valid OID.</source>
        <translation>Chính sách chứng thư %1 không phải là OID hợp lệ.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::CertificateChecks</name>
    <message>
        <source>The trust store is empty, so the certificate cannot be traced to a trusted root; add the root certificates first.</source>
        <translation>Kho chứng thư gốc tin cậy đang trống nên không thể xác minh chứng thư số đến chứng thư gốc tin cậy; hãy thêm các chứng thư gốc trước.</translation>
    </message>
    <message>
        <source>The certificate chains to &quot;%1&quot; of the family &quot;%2&quot;, but this school requires the family %3.</source>
        <translation>Chứng thư số thuộc chuỗi của &quot;%1&quot; (nhóm &quot;%2&quot;), nhưng trường này yêu cầu nhóm %3.</translation>
    </message>
    <message>
        <source>The certificate chains to the trusted root &quot;%1&quot; (family &quot;%2&quot;).</source>
        <translation>Chứng thư số thuộc chuỗi của chứng thư gốc tin cậy &quot;%1&quot; (nhóm &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: it becomes valid on %1.</source>
        <translation>Chứng thư số chưa có hiệu lực: có hiệu lực từ %1.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Chứng thư số đã hết hạn ngày %1.</translation>
    </message>
    <message>
        <source>The certificate is valid from %1 to %2.</source>
        <translation>Chứng thư số có hiệu lực từ %1 đến %2.</translation>
    </message>
    <message>
        <source>The certificate has already expired (see the validity check).</source>
        <translation>Chứng thư số đã hết hạn (xem mục kiểm tra thời hạn hiệu lực).</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires on %1, in %n day(s); ask the school to renew it.</source>
        <translation>
            <numerusform>Chứng thư số hết hạn ngày %1, còn %n ngày; đề nghị nhà trường gia hạn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate does not expire within %n day(s).</source>
        <translation>
            <numerusform>Chứng thư số không hết hạn trong vòng %n ngày tới.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key (%1) is too weak; RSA of at least 2048 bits or EC of at least 256 bits is required.</source>
        <translation>Khóa (%1) không đủ mạnh; yêu cầu RSA tối thiểu 2048 bit hoặc EC tối thiểu 256 bit.</translation>
    </message>
    <message>
        <source>The key (%1) is strong enough.</source>
        <translation>Khóa (%1) đạt yêu cầu về độ mạnh.</translation>
    </message>
    <message>
        <source>There is no school to compare the subject &quot;%1&quot; with.</source>
        <translation>Không có trường để đối chiếu với chủ thể &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The subject &quot;%1&quot; names the school &quot;%2&quot;.</source>
        <translation>Chủ thể &quot;%1&quot; đúng tên trường &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The subject &quot;%1&quot; does not name the school &quot;%2&quot;.</source>
        <translation>Chủ thể &quot;%1&quot; không đúng tên trường &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The certificate was revoked on %1%2, according to the CRL of &quot;%3&quot;.</source>
        <translation>Chứng thư số đã bị thu hồi ngày %1%2, theo danh sách chứng thư bị thu hồi (CRL) của &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>No CRL of the issuer &quot;%1&quot; is loaded, so revocation could not be checked.</source>
        <translation>Chưa nạp danh sách chứng thư bị thu hồi (CRL) của tổ chức cấp &quot;%1&quot; nên chưa kiểm tra được tình trạng thu hồi.</translation>
    </message>
    <message>
        <source>The certificate is not on the CRL of &quot;%1&quot; dated %2, but that CRL was due for renewal on %3; load a newer one.</source>
        <translation>Chứng thư số không có trong CRL của &quot;%1&quot; ngày %2, nhưng CRL đó đã đến hạn cập nhật ngày %3; hãy nạp CRL mới hơn.</translation>
    </message>
    <message>
        <source>The certificate is not on the CRL of &quot;%1&quot; dated %2.</source>
        <translation>Chứng thư số không có trong CRL của &quot;%1&quot; ngày %2.</translation>
    </message>
    <message>
        <source>The same certificate is already registered by another school: %1.</source>
        <translation>Chứng thư số này đã được trường khác đăng ký: %1.</translation>
    </message>
    <message>
        <source>No other school has registered this certificate.</source>
        <translation>Chưa có trường nào khác đăng ký chứng thư số này.</translation>
    </message>
    <message>
        <source>There is no certificate to check.</source>
        <translation>Không có chứng thư số để kiểm tra.</translation>
    </message>
    <message>
        <source>The CA certificate &quot;%1&quot; of the chain is revoked, and with it every certificate it issued: %2</source>
        <translation>Chứng thư số CA &quot;%1&quot; trong chuỗi đã bị thu hồi, kéo theo mọi chứng thư số do CA này cấp: %2</translation>
    </message>
    <message>
        <source>The certificate was revoked on %1%2, according to the OCSP responder &quot;%3&quot;.</source>
        <translation>Chứng thư số đã bị thu hồi ngày %1%2, theo máy chủ OCSP &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Whether the CA certificate &quot;%1&quot; of the chain is revoked is not known: %2</source>
        <translation>Chưa biết chứng thư số CA &quot;%1&quot; trong chuỗi có bị thu hồi hay không: %2</translation>
    </message>
    <message>
        <source>The OCSP responder &quot;%1&quot; says the certificate is not revoked (answer of %2), and no CA of its chain is revoked.</source>
        <translation>Máy chủ OCSP &quot;%1&quot; xác nhận chứng thư số chưa bị thu hồi (trả lời ngày %2), và không CA nào trong chuỗi bị thu hồi.</translation>
    </message>
    <message>
        <source>The certificate is not on the CRL of &quot;%1&quot; dated %2, and no CA of its chain is revoked.</source>
        <translation>Chứng thư số không có trong CRL của &quot;%1&quot; ngày %2, và không CA nào trong chuỗi bị thu hồi.</translation>
    </message>
    <message>
        <source>The certificate states no key usage; a signing certificate must allow digital signature and non-repudiation.</source>
        <translation>Chứng thư số không ghi mục đích sử dụng khóa; chứng thư số dùng để ký phải cho phép ký số và chống chối bỏ.</translation>
    </message>
    <message>
        <source>The key usage does not allow %1 (it allows: %2); a signing certificate must allow digital signature and non-repudiation.</source>
        <translation>Mục đích sử dụng khóa không cho phép %1 (chỉ cho phép: %2); chứng thư số dùng để ký phải cho phép ký số và chống chối bỏ.</translation>
    </message>
    <message>
        <source>The key usage allows digital signature and non-repudiation.</source>
        <translation>Mục đích sử dụng khóa cho phép ký số và chống chối bỏ.</translation>
    </message>
    <message>
        <source>The certificate chains to the test root &quot;%1&quot; (family &quot;%2&quot;): a root for rehearsals and tests, not a real certification authority.</source>
        <translation>Chứng thư số thuộc chuỗi của chứng thư gốc thử nghiệm &quot;%1&quot; (nhóm &quot;%2&quot;): chứng thư gốc dùng để diễn tập và kiểm thử, không phải của tổ chức cung cấp dịch vụ chứng thực thật.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::Chain</name>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Chứng thư số đã hết hạn ngày %1.</translation>
    </message>
    <message>
        <source>The CA certificate &quot;%1&quot; in the chain expired on %2.</source>
        <translation>Chứng thư số CA &quot;%1&quot; trong chuỗi đã hết hạn ngày %2.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation>Chứng thư số chưa có hiệu lực trước %1.</translation>
    </message>
    <message>
        <source>The CA certificate &quot;%1&quot; in the chain is not valid before %2.</source>
        <translation>Chứng thư số CA &quot;%1&quot; trong chuỗi chưa có hiệu lực trước %2.</translation>
    </message>
    <message>
        <source>The certificate is self-signed and is not in the trust store.</source>
        <translation>Chứng thư số tự ký và không có trong kho chứng thư gốc tin cậy.</translation>
    </message>
    <message>
        <source>The certificate chains to the root &quot;%1&quot;, which is not in the trust store.</source>
        <translation>Chứng thư số thuộc chuỗi của chứng thư gốc &quot;%1&quot;, chứng thư này không có trong kho chứng thư gốc tin cậy.</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; of &quot;%2&quot; is not in the trust store, so the certificate does not chain to a trusted root.</source>
        <translation>Tổ chức cấp &quot;%1&quot; của &quot;%2&quot; không có trong kho chứng thư gốc tin cậy, nên chứng thư số không thuộc chuỗi của chứng thư gốc tin cậy nào.</translation>
    </message>
    <message>
        <source>The signature on &quot;%1&quot; does not verify with the key of its issuer &quot;%2&quot;: it was altered or issued by another authority.</source>
        <translation>Chữ ký trên &quot;%1&quot; không khớp với khóa của tổ chức cấp &quot;%2&quot;: chứng thư đã bị thay đổi hoặc do tổ chức khác cấp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed to issue the certificates below it in the chain.</source>
        <translation>&quot;%1&quot; không được phép cấp các chứng thư số phía dưới trong chuỗi.</translation>
    </message>
    <message>
        <source>The certificate chain could not be verified (%1).</source>
        <translation>Không xác minh được chuỗi chứng thư số (%1).</translation>
    </message>
    <message>
        <source>There is no certificate to check.</source>
        <translation>Không có chứng thư số để kiểm tra.</translation>
    </message>
    <message>
        <source>A certificate of the chain requires an explicit certificate policy, and no policy is valid along the whole chain.</source>
        <translation>Một chứng thư số trong chuỗi yêu cầu chính sách chứng thư tường minh, nhưng không có chính sách nào hợp lệ trên toàn chuỗi.</translation>
    </message>
    <message>
        <source>The certificate policies of &quot;%1&quot; are invalid.</source>
        <translation>Các chính sách chứng thư của &quot;%1&quot; không hợp lệ.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::Check</name>
    <message>
        <source>Chain of trust</source>
        <translation>Chuỗi tin cậy</translation>
    </message>
    <message>
        <source>Validity period</source>
        <translation>Thời hạn hiệu lực</translation>
    </message>
    <message>
        <source>Not expiring soon</source>
        <translation>Chưa sắp hết hạn</translation>
    </message>
    <message>
        <source>Key usage (signing)</source>
        <translation>Mục đích sử dụng khóa (ký số)</translation>
    </message>
    <message>
        <source>Key strength</source>
        <translation>Độ mạnh của khóa</translation>
    </message>
    <message>
        <source>Subject names the school</source>
        <translation>Chủ thể mang tên nhà trường</translation>
    </message>
    <message>
        <source>Not revoked by its CA</source>
        <translation>Không bị tổ chức cấp thu hồi</translation>
    </message>
    <message>
        <source>Not registered by another school</source>
        <translation>Không bị trường khác đăng ký trùng</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::Cms</name>
    <message>
        <source>A signature needs the signer&apos;s certificate and key.</source>
        <translation>Để ký cần có chứng thư số và khóa của người ký.</translation>
    </message>
    <message>
        <source>The key does not belong to the signer&apos;s certificate.</source>
        <translation>Khóa không khớp với chứng thư số của người ký.</translation>
    </message>
    <message>
        <source>Ed25519 and Ed448 keys cannot make CMS signatures here; use an RSA or EC key.</source>
        <translation>Khóa Ed25519 và Ed448 không dùng được để tạo chữ ký CMS tại đây; hãy dùng khóa RSA hoặc EC.</translation>
    </message>
    <message>
        <source>The content is too large to sign.</source>
        <translation>Nội dung quá lớn, không ký được.</translation>
    </message>
    <message>
        <source>The data is not a CMS signature.</source>
        <translation>Dữ liệu không phải là chữ ký CMS.</translation>
    </message>
    <message>
        <source>The signature carries its own content instead of signing the record.</source>
        <translation>Chữ ký chứa nội dung riêng thay vì ký nội dung học bạ.</translation>
    </message>
    <message>
        <source>The signature has no signer.</source>
        <translation>Chữ ký không có thông tin người ký.</translation>
    </message>
    <message>
        <source>The signature does not carry the signer&apos;s certificate.</source>
        <translation>Chữ ký không kèm chứng thư số của người ký.</translation>
    </message>
    <message>
        <source>The content was changed after signing.</source>
        <translation>Nội dung đã bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <source>The signature does not verify with the signer&apos;s key: it was altered or made with another key.</source>
        <translation>Chữ ký không khớp với khóa của người ký: chữ ký đã bị thay đổi hoặc được tạo bằng khóa khác.</translation>
    </message>
    <message>
        <source>The signature is not valid (%1).</source>
        <translation>Chữ ký không hợp lệ (%1).</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::Crl</name>
    <message>
        <source>The data is %1 bytes long, more than the %2 bytes a CRL file may have.</source>
        <translation>Dữ liệu dài %1 byte, vượt quá giới hạn %2 byte của một tệp CRL.</translation>
    </message>
    <message>
        <source>The CRL file is empty.</source>
        <translation>Tệp CRL không có dữ liệu.</translation>
    </message>
    <message>
        <source>This is a certificate, not a CRL; add it to the trust store or import it as a certificate instead.</source>
        <translation>Đây là chứng thư số, không phải CRL; hãy thêm vào kho chứng thư gốc tin cậy hoặc nhập như một chứng thư số.</translation>
    </message>
    <message>
        <source>The PEM file holds no CRL (X509 CRL block).</source>
        <translation>Tệp PEM không chứa CRL (khối X509 CRL).</translation>
    </message>
    <message>
        <source>The CRL in the PEM file is damaged or cut short.</source>
        <translation>CRL trong tệp PEM bị hỏng hoặc bị thiếu.</translation>
    </message>
    <message>
        <source>The CRL data is cut short: it announces %1 bytes but only %2 are there.</source>
        <translation>Dữ liệu CRL bị thiếu: khai báo %1 byte nhưng chỉ có %2 byte.</translation>
    </message>
    <message>
        <source>The file is not a CRL: it is neither PEM text nor a DER certificate revocation list.</source>
        <translation>Tệp không phải là CRL: không phải văn bản PEM hay danh sách chứng thư bị thu hồi dạng DER.</translation>
    </message>
    <message>
        <source>The CRL data is followed by other bytes.</source>
        <translation>Sau dữ liệu CRL còn có các byte khác.</translation>
    </message>
    <message>
        <source>There is no CRL to verify.</source>
        <translation>Không có CRL để xác minh.</translation>
    </message>
    <message>
        <source>The signature of the CRL from &quot;%1&quot; does not verify with that authority&apos;s key in the trust store; the file was altered or forged.</source>
        <translation>Chữ ký của CRL do &quot;%1&quot; phát hành không khớp với khóa của tổ chức này trong kho chứng thư gốc tin cậy; tệp đã bị thay đổi hoặc giả mạo.</translation>
    </message>
    <message>
        <source>The CRL was issued by &quot;%1&quot;, which is not in the trust store; add that authority&apos;s certificate first.</source>
        <translation>CRL do &quot;%1&quot; phát hành, tổ chức này không có trong kho chứng thư gốc tin cậy; hãy thêm chứng thư số của tổ chức đó trước.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::CrlBuilder</name>
    <message>
        <source>A CRL needs its issuer&apos;s certificate and key.</source>
        <translation>Để lập CRL cần có chứng thư số và khóa của tổ chức phát hành.</translation>
    </message>
    <message>
        <source>The issuer key does not belong to the issuer certificate.</source>
        <translation>Khóa của tổ chức cấp không khớp với chứng thư số của tổ chức cấp.</translation>
    </message>
    <message>
        <source>A CRL needs its date.</source>
        <translation>CRL cần có ngày phát hành.</translation>
    </message>
    <message>
        <source>The serial number %1 is not hexadecimal.</source>
        <translation>Số hiệu %1 không phải là số thập lục phân.</translation>
    </message>
    <message>
        <source>The revocation reason &quot;%1&quot; is not one of RFC 5280.</source>
        <translation>Lý do thu hồi &quot;%1&quot; không thuộc RFC 5280.</translation>
    </message>
    <message>
        <source>The extension %1 is not a valid OID.</source>
        <translation>Phần mở rộng %1 không phải là OID hợp lệ.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::InputFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Không tìm thấy tệp %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 là thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>The file %1 is %2 bytes long, more than the %3 bytes allowed; choose the certificate or CRL file itself.</source>
        <translation>Tệp %1 dài %2 byte, vượt quá giới hạn %3 byte; hãy chọn đúng tệp chứng thư số hoặc tệp CRL.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Không đọc được tệp %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is more than the %2 bytes allowed; choose the certificate or CRL file itself.</source>
        <translation>Tệp %1 vượt quá giới hạn %2 byte; hãy chọn đúng tệp chứng thư số hoặc tệp CRL.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::Ocsp</name>
    <message>
        <source>The OCSP responder says the request was malformed.</source>
        <translation>Máy chủ OCSP báo yêu cầu sai định dạng.</translation>
    </message>
    <message>
        <source>The OCSP responder reported an internal error.</source>
        <translation>Máy chủ OCSP báo lỗi nội bộ.</translation>
    </message>
    <message>
        <source>The OCSP responder is busy and asks to try again later.</source>
        <translation>Máy chủ OCSP đang bận và đề nghị thử lại sau.</translation>
    </message>
    <message>
        <source>The OCSP responder only answers signed requests.</source>
        <translation>Máy chủ OCSP chỉ trả lời yêu cầu có ký số.</translation>
    </message>
    <message>
        <source>The OCSP responder is not authorized to answer for this certificate.</source>
        <translation>Máy chủ OCSP không có thẩm quyền trả lời về chứng thư số này.</translation>
    </message>
    <message>
        <source>The OCSP responder answered with the unknown status %1.</source>
        <translation>Máy chủ OCSP trả lời với trạng thái không xác định %1.</translation>
    </message>
    <message>
        <source>An OCSP request needs the certificate and the certificate of its issuer.</source>
        <translation>Yêu cầu OCSP cần chứng thư số và chứng thư số của tổ chức cấp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not issue &quot;%2&quot;, so no OCSP request can be made for that pair.</source>
        <translation>&quot;%1&quot; không cấp &quot;%2&quot;, nên không thể lập yêu cầu OCSP cho cặp này.</translation>
    </message>
    <message>
        <source>An OCSP response can only be checked with the certificate and the certificate of its issuer.</source>
        <translation>Chỉ kiểm tra được phản hồi OCSP khi có chứng thư số và chứng thư số của tổ chức cấp.</translation>
    </message>
    <message>
        <source>The OCSP response is %1 bytes long, more than the %2 bytes accepted.</source>
        <translation>Phản hồi OCSP dài %1 byte, vượt quá %2 byte cho phép.</translation>
    </message>
    <message>
        <source>The OCSP response is cut short: it announces %1 bytes but only %2 arrived.</source>
        <translation>Phản hồi OCSP bị cắt cụt: khai báo %1 byte nhưng chỉ nhận được %2.</translation>
    </message>
    <message>
        <source>The answer of the OCSP responder is not an OCSP response.</source>
        <translation>Câu trả lời của máy chủ OCSP không phải là phản hồi OCSP.</translation>
    </message>
    <message>
        <source>The OCSP response is followed by other bytes.</source>
        <translation>Sau phản hồi OCSP còn có dữ liệu thừa.</translation>
    </message>
    <message>
        <source>The OCSP response has no basic response (the only kind RFC 6960 defines).</source>
        <translation>Phản hồi OCSP không có phần phản hồi cơ bản (loại duy nhất RFC 6960 định nghĩa).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not issue &quot;%2&quot;, so its OCSP answer cannot be checked.</source>
        <translation>&quot;%1&quot; không cấp &quot;%2&quot;, nên không thể kiểm tra câu trả lời OCSP của nó.</translation>
    </message>
    <message>
        <source>The OCSP response is signed by a responder whose certificate it does not include.</source>
        <translation>Phản hồi OCSP được ký bởi một máy chủ không kèm chứng thư số của mình.</translation>
    </message>
    <message>
        <source>The signature of the OCSP response does not verify with the key of &quot;%1&quot;; the answer was altered or forged.</source>
        <translation>Chữ ký của phản hồi OCSP không khớp với khóa của &quot;%1&quot;; câu trả lời đã bị sửa đổi hoặc giả mạo.</translation>
    </message>
    <message>
        <source>The OCSP response is signed by &quot;%1&quot;, which is neither the CA &quot;%2&quot; nor a responder that CA appointed.</source>
        <translation>Phản hồi OCSP được ký bởi &quot;%1&quot;, không phải CA &quot;%2&quot; cũng không phải máy chủ OCSP do CA đó ủy quyền.</translation>
    </message>
    <message>
        <source>The OCSP responder &quot;%1&quot; was issued by &quot;%2&quot; but not for signing OCSP answers (its certificate lacks the OCSP-signing purpose).</source>
        <translation>Máy chủ OCSP &quot;%1&quot; được &quot;%2&quot; cấp chứng thư nhưng không phải để ký trả lời OCSP (chứng thư số thiếu mục đích ký OCSP).</translation>
    </message>
    <message>
        <source>The certificate of the OCSP responder &quot;%1&quot; is valid from %2 to %3, not at the time of the check.</source>
        <translation>Chứng thư số của máy chủ OCSP &quot;%1&quot; có hiệu lực từ %2 đến %3, không phải vào thời điểm kiểm tra.</translation>
    </message>
    <message>
        <source>The CA &quot;%1&quot; that the OCSP answer speaks for is not trusted: %2</source>
        <translation>CA &quot;%1&quot; mà câu trả lời OCSP đại diện không được tin cậy: %2</translation>
    </message>
    <message>
        <source>The OCSP response does not speak about this certificate (serial %1); it answers for other certificates.</source>
        <translation>Phản hồi OCSP không nói về chứng thư số này (số hiệu %1); nó trả lời cho các chứng thư số khác.</translation>
    </message>
    <message>
        <source>The OCSP response answers another request than ours (its nonce differs); it may be a replayed old answer.</source>
        <translation>Phản hồi OCSP trả lời cho một yêu cầu khác (nonce khác); có thể là một câu trả lời cũ bị phát lại.</translation>
    </message>
    <message>
        <source>The OCSP answer is dated %1, later than now; the clock of this computer or of the responder is wrong.</source>
        <translation>Câu trả lời OCSP ghi ngày %1, muộn hơn hiện tại; đồng hồ của máy tính này hoặc của máy chủ OCSP bị sai.</translation>
    </message>
    <message>
        <source>The OCSP answer of %1 was valid until %2 and is out of date.</source>
        <translation>Câu trả lời OCSP ngày %1 có hiệu lực đến %2 và đã hết hạn.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::OcspResponseBuilder</name>
    <message>
        <source>An OCSP response needs the issuer and its signer.</source>
        <translation>Phản hồi OCSP cần tổ chức cấp và người ký.</translation>
    </message>
    <message>
        <source>An OCSP response needs its date.</source>
        <translation>Phản hồi OCSP cần có ngày.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::PathValidation</name>
    <message>
        <source>The CRL of &quot;%1&quot; dated %2 was not used: that authority&apos;s certificate does not allow it to sign CRLs (no cRLSign).</source>
        <translation>CRL của &quot;%1&quot; ngày %2 không được dùng: chứng thư số của tổ chức này không cho phép ký CRL (không có cRLSign).</translation>
    </message>
    <message>
        <source>The CRL of &quot;%1&quot; dated %2 was not used: it carries a critical extension this program does not understand.</source>
        <translation>CRL của &quot;%1&quot; ngày %2 không được dùng: CRL có phần mở rộng bắt buộc (critical) mà chương trình không hiểu.</translation>
    </message>
    <message>
        <source>The CRL of &quot;%1&quot; dated %2 was not used: its scope (issuing distribution point) does not cover this certificate.</source>
        <translation>CRL của &quot;%1&quot; ngày %2 không được dùng: phạm vi của CRL (điểm phân phối) không bao gồm chứng thư số này.</translation>
    </message>
    <message>
        <source>The CRL of &quot;%1&quot; dated %2 was not used: its signature does not verify with that authority&apos;s key, so it was altered or forged.</source>
        <translation>CRL của &quot;%1&quot; ngày %2 không được dùng: chữ ký không khớp với khóa của tổ chức đó, nên CRL đã bị sửa đổi hoặc giả mạo.</translation>
    </message>
    <message>
        <source>The CRL of &quot;%1&quot; dated %2 was not used: it is dated in the future.</source>
        <translation>CRL của &quot;%1&quot; ngày %2 không được dùng: CRL ghi ngày trong tương lai.</translation>
    </message>
    <message>
        <source>The CRL of &quot;%1&quot; dated %2 was not used (%3).</source>
        <translation>CRL của &quot;%1&quot; ngày %2 không được dùng (%3).</translation>
    </message>
    <message>
        <source>Revoked on %1, according to the OCSP responder &quot;%2&quot;.</source>
        <translation>Đã bị thu hồi ngày %1, theo máy chủ OCSP &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Revoked on %1 (%2), according to the OCSP responder &quot;%3&quot;.</source>
        <translation>Đã bị thu hồi ngày %1 (%2), theo máy chủ OCSP &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Revoked on %1, according to the CRL of &quot;%2&quot; dated %3.</source>
        <translation>Đã bị thu hồi ngày %1, theo CRL của &quot;%2&quot; ngày %3.</translation>
    </message>
    <message>
        <source>Revoked on %1 (%2), according to the CRL of &quot;%3&quot; dated %4.</source>
        <translation>Đã bị thu hồi ngày %1 (%2), theo CRL của &quot;%3&quot; ngày %4.</translation>
    </message>
    <message>
        <source>Not revoked, according to the CRL of &quot;%1&quot; dated %2.</source>
        <translation>Chưa bị thu hồi, theo CRL của &quot;%1&quot; ngày %2.</translation>
    </message>
    <message>
        <source>Not revoked, according to the OCSP responder &quot;%1&quot; (answer of %2).</source>
        <translation>Chưa bị thu hồi, theo máy chủ OCSP &quot;%1&quot; (trả lời ngày %2).</translation>
    </message>
    <message>
        <source>It is not on the CRL of &quot;%1&quot; dated %2, but that CRL was due for renewal on %3; a newer one is needed.</source>
        <translation>Không có trong CRL của &quot;%1&quot; ngày %2, nhưng CRL đó đã đến hạn cập nhật ngày %3; cần một CRL mới hơn.</translation>
    </message>
    <message>
        <source>No usable CRL of &quot;%1&quot; is at hand, so its revocation could not be checked.</source>
        <translation>Chưa có CRL dùng được của &quot;%1&quot;, nên chưa kiểm tra được tình trạng thu hồi.</translation>
    </message>
    <message>
        <source>Its revocation was not checked, because the certification path is not valid.</source>
        <translation>Chưa kiểm tra tình trạng thu hồi, vì chuỗi chứng thực không hợp lệ.</translation>
    </message>
    <message>
        <source>The OCSP responder &quot;%1&quot; does not know this certificate.</source>
        <translation>Máy chủ OCSP &quot;%1&quot; không biết chứng thư số này.</translation>
    </message>
    <message>
        <source>The last OCSP answer from &quot;%1&quot;, of %2, is out of date.</source>
        <translation>Câu trả lời OCSP gần nhất từ &quot;%1&quot;, ngày %2, đã hết hạn.</translation>
    </message>
    <message>
        <source>A trust anchor: trusted as it is, so its revocation is not checked.</source>
        <translation>Chứng thư gốc tin cậy: được tin cậy như vốn có, nên không kiểm tra thu hồi.</translation>
    </message>
</context>
<context>
    <name>hocbaso::crypto::PrivateKey</name>
    <message>
        <source>The private key is encrypted; only unencrypted test keys can be loaded.</source>
        <translation>Khóa bí mật đã được mã hóa; chỉ nạp được khóa thử nghiệm không mã hóa.</translation>
    </message>
    <message>
        <source>The text is not a PEM private key.</source>
        <translation>Văn bản không phải là khóa bí mật dạng PEM.</translation>
    </message>
</context>
<context>
    <name>hocbaso::net::HttpFetcher</name>
    <message>
        <source>%1 was not fetched: only http and https addresses are fetched.</source>
        <translation>Không tải %1: chương trình chỉ tải địa chỉ http và https.</translation>
    </message>
    <message>
        <source>%1 redirects to %2, which is not an http or https address; it was not followed.</source>
        <translation>%1 chuyển hướng đến %2, không phải địa chỉ http hay https; chương trình không đi theo.</translation>
    </message>
    <message>
        <source>%1 announces %L2 bytes, more than the %L3 bytes accepted.</source>
        <translation>%1 báo trước %L2 byte, vượt quá %L3 byte cho phép.</translation>
    </message>
    <message>
        <source>%1 sent more than the %L2 bytes accepted; the rest was not read.</source>
        <translation>%1 gửi quá %L2 byte cho phép; phần còn lại không được đọc.</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled.</source>
        <translation>Đã hủy việc tải %1.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 không trả lời trong vòng %2 giây.</translation>
    </message>
    <message>
        <source>Fetching %1 ended without an answer.</source>
        <translation>Việc tải %1 kết thúc mà không có câu trả lời.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>Không kết nối được tới %1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 trả lời HTTP %2 %3.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::A4Pdf</name>
    <message>
        <source>PDF export needs the graphical subsystem.</source>
        <translation>Xuất PDF cần có môi trường đồ họa.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::AuditLog</name>
    <message>
        <source>event %1 has sequence number %2 where %3 was expected (an event is missing)</source>
        <translation>sự kiện %1 có số thứ tự %2 thay vì %3 (thiếu một sự kiện)</translation>
    </message>
    <message>
        <source>event %1 does not link to the event before it</source>
        <translation>sự kiện %1 không liên kết với sự kiện liền trước</translation>
    </message>
    <message>
        <source>event %1 (%2 of %3 by %4) was changed after it was written</source>
        <translation>sự kiện %1 (%2 trên %3, người thực hiện %4) đã bị thay đổi sau khi ghi</translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Không ghi được tệp CSV: %1</translation>
    </message>
    <message>
        <source>Certificate approved</source>
        <translation>Duyệt chứng thư số</translation>
    </message>
    <message>
        <source>Certificate rejected</source>
        <translation>Từ chối chứng thư số</translation>
    </message>
    <message>
        <source>Certificate revoked</source>
        <translation>Thu hồi chứng thư số</translation>
    </message>
    <message>
        <source>Certificate registered</source>
        <translation>Đăng ký chứng thư số</translation>
    </message>
    <message>
        <source>Certificate revoked by its CA (recorded)</source>
        <translation>Ghi nhận chứng thư số bị tổ chức chứng thực (CA) thu hồi</translation>
    </message>
    <message>
        <source>CRL added</source>
        <translation>Thêm danh sách thu hồi (CRL)</translation>
    </message>
    <message>
        <source>Trusted root certificate added</source>
        <translation>Thêm chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <source>Lock dates set</source>
        <translation>Đặt ngày khóa</translation>
    </message>
    <message>
        <source>Lock dates cleared</source>
        <translation>Xóa ngày khóa</translation>
    </message>
    <message>
        <source>Record confirmed complete</source>
        <translation>Xác nhận hoàn thành học bạ</translation>
    </message>
    <message>
        <source>Record sent</source>
        <translation>Gửi học bạ</translation>
    </message>
    <message>
        <source>Revocation requested</source>
        <translation>Gửi yêu cầu thu hồi</translation>
    </message>
    <message>
        <source>Revocation request approved</source>
        <translation>Duyệt yêu cầu thu hồi</translation>
    </message>
    <message>
        <source>Revocation request rejected</source>
        <translation>Từ chối yêu cầu thu hồi</translation>
    </message>
    <message>
        <source>School added</source>
        <translation>Thêm trường</translation>
    </message>
    <message>
        <source>School changed</source>
        <translation>Sửa thông tin trường</translation>
    </message>
    <message>
        <source>School moved to another unit</source>
        <translation>Chuyển trường sang đơn vị khác</translation>
    </message>
    <message>
        <source>School closed</source>
        <translation>Đóng trường</translation>
    </message>
    <message>
        <source>Unit added</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Unit renamed</source>
        <translation>Đổi tên đơn vị</translation>
    </message>
    <message>
        <source>Unit moved</source>
        <translation>Chuyển đơn vị</translation>
    </message>
    <message>
        <source>Unit closed</source>
        <translation>Đóng đơn vị</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Vô hiệu hóa người dùng</translation>
    </message>
    <message>
        <source>User enabled again</source>
        <translation>Kích hoạt lại người dùng</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>Mở khóa đăng nhập</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>chứng thư số</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>trusted root</source>
        <translation>chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <source>lock dates</source>
        <translation>ngày khóa</translation>
    </message>
    <message>
        <source>record</source>
        <translation>học bạ</translation>
    </message>
    <message>
        <source>revocation request</source>
        <translation>yêu cầu thu hồi</translation>
    </message>
    <message>
        <source>school</source>
        <translation>trường</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>user</source>
        <translation>người dùng</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::AuthService</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator to enable it.</source>
        <translation>Tài khoản %1 đã bị vô hiệu hóa. Hãy đề nghị quản trị viên kích hoạt lại.</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 failed sign-in attempts until %3.</source>
        <translation>Tài khoản %1 bị tạm khóa đến %3 do đăng nhập sai %2 lần.</translation>
    </message>
    <message>
        <source>Wrong password. After %1 failed attempts the account %2 is locked until %3.</source>
        <translation>Mật khẩu không đúng. Sau %1 lần đăng nhập sai, tài khoản %2 bị tạm khóa đến %3.</translation>
    </message>
    <message>
        <source>%1 is a viewer and cannot make decisions.</source>
        <translation>%1 là người xem (chỉ xem), không có quyền duyệt hay từ chối.</translation>
    </message>
    <message>
        <source>%1 is a school user; decisions belong to the managing unit.</source>
        <translation>%1 là người dùng nhà trường; việc duyệt thuộc thẩm quyền của đơn vị quản lý.</translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation>Không có quyền thực hiện.</translation>
    </message>
    <message>
        <source>%1 is a school user and cannot use the managing-unit edition.</source>
        <translation>%1 là người dùng nhà trường, không được sử dụng phân hệ dành cho đơn vị quản lý.</translation>
    </message>
    <message>
        <source>Only an administrator may do this; %1 is not one.</source>
        <translation>Chỉ quản trị viên mới được thực hiện thao tác này; %1 không phải là quản trị viên.</translation>
    </message>
    <message>
        <source>Only a user of that school may do this for it; %1 is not one.</source>
        <translation>Chỉ người dùng của trường đó mới được thực hiện thao tác này; %1 không phải người dùng của trường.</translation>
    </message>
    <message>
        <source>%1 may only decide for schools of their own managing unit and the units below it.</source>
        <translation>%1 chỉ được quyết định cho các trường thuộc đơn vị quản lý của mình và các đơn vị cấp dưới.</translation>
    </message>
    <message>
        <source>%1 may only see schools of their own managing unit and the units below it.</source>
        <translation>%1 chỉ được xem các trường thuộc đơn vị quản lý của mình và các đơn vị cấp dưới.</translation>
    </message>
    <message>
        <source>Only administrators and officers read the audit log; %1 is not one.</source>
        <translation>Chỉ quản trị viên và cán bộ được xem nhật ký thao tác; %1 không phải là quản trị viên hay cán bộ.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::CaRevocations</name>
    <message>
        <source>Only officers and administrators record that a certificate authority revoked a certificate.</source>
        <translation>Chỉ cán bộ và quản trị viên mới được ghi nhận việc tổ chức cung cấp dịch vụ chứng thực đã thu hồi một chứng thư số.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::CentralDataset</name>
    <message>
        <source>Building the central dataset: %1</source>
        <translation>Dựng bộ dữ liệu trung tâm: %1</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::CertificateReview</name>
    <message>
        <source>The file holds no certificate.</source>
        <translation>Tệp không chứa chứng thư số.</translation>
    </message>
    <message>
        <source>Say which school registers the certificate (its code).</source>
        <translation>Hãy cho biết trường đăng ký chứng thư số (mã trường).</translation>
    </message>
    <message>
        <source>A signing account needs the name of its holder.</source>
        <translation>Tài khoản ký số cần có họ tên người sở hữu.</translation>
    </message>
    <message>
        <source>A signing account needs the holder&apos;s position: principal or vice-principal.</source>
        <translation>Tài khoản ký số cần có chức vụ của người sở hữu: Hiệu trưởng hoặc Phó Hiệu trưởng.</translation>
    </message>
    <message>
        <source>A seal certificate has no holder or position; those are for signing accounts.</source>
        <translation>Chứng thư số đơn vị không có người sở hữu hay chức vụ; các thông tin này chỉ dành cho tài khoản ký số.</translation>
    </message>
    <message>
        <source>There is no school with the code &quot;%1&quot;.</source>
        <translation>Không có trường nào có mã &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the certificate of a certificate authority, not one that a school or its manager signs with.</source>
        <translation>&quot;%1&quot; là chứng thư số của tổ chức chứng thực (CA), không phải chứng thư số để nhà trường hoặc cán bộ quản lý ký.</translation>
    </message>
    <message>
        <source>This certificate is already registered for %1 as #%2.</source>
        <translation>Chứng thư số này đã được đăng ký cho %1 (#%2).</translation>
    </message>
    <message>
        <source>superseded by #%1</source>
        <translation>được thay thế bằng #%1</translation>
    </message>
    <message>
        <source>Certificate #%1 was stored but cannot be read back.</source>
        <translation>Chứng thư số #%1 đã được lưu nhưng không đọc lại được.</translation>
    </message>
    <message>
        <source>%1 is a user of another school and cannot see this school&apos;s certificates.</source>
        <translation>%1 là người dùng của trường khác, không được xem chứng thư số của trường này.</translation>
    </message>
    <message>
        <source>There is no certificate #%1.</source>
        <translation>Không có chứng thư số #%1.</translation>
    </message>
    <message>
        <source>Rejecting a certificate needs a reason, which the school will read.</source>
        <translation>Từ chối chứng thư số cần nêu lý do để nhà trường được biết.</translation>
    </message>
    <message>
        <source>Revoking a certificate needs a reason, which the school will read.</source>
        <translation>Thu hồi chứng thư số cần nêu lý do để nhà trường được biết.</translation>
    </message>
    <message>
        <source>No certificate was named.</source>
        <translation>Chưa chọn chứng thư số nào.</translation>
    </message>
    <message>
        <source>Certificate #%1 was rejected by %2 on %3; only an approved certificate can be revoked.</source>
        <translation>Chứng thư số #%1 đã bị %2 từ chối lúc %3; chỉ thu hồi được chứng thư số đã duyệt.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 (%3) failed these checks:
%4
Approve it anyway?</source>
        <translation>Chứng thư số #%1 của %2 (%3) không đạt các tiêu chí kiểm tra sau:
%4
Vẫn duyệt chứng thư số này?</translation>
    </message>
    <message>
        <source>Certificate #%1 was not approved: it failed these checks: %2; approving it anyway was not confirmed.</source>
        <translation>Chứng thư số #%1 chưa được duyệt: không đạt các tiêu chí kiểm tra %2; việc vẫn duyệt chưa được xác nhận.</translation>
    </message>
    <message>
        <source>Approved although these checks failed: %1.</source>
        <translation>Đã duyệt dù không đạt các tiêu chí kiểm tra: %1.</translation>
    </message>
    <message>
        <source>Certificate #%1 is still pending; only an approved certificate can be revoked (reject it instead).</source>
        <translation>Chứng thư số #%1 đang chờ duyệt; chỉ thu hồi được chứng thư số đã duyệt (hãy từ chối chứng thư này).</translation>
    </message>
    <message>
        <source>Certificate #%1 was already approved by %2 on %3.</source>
        <translation>Chứng thư số #%1 đã được %2 duyệt lúc %3.</translation>
    </message>
    <message>
        <source>Certificate #%1 was already rejected on %2: the school registered #%3 in its place.</source>
        <translation>Chứng thư số #%1 đã bị từ chối lúc %2: nhà trường đã đăng ký chứng thư số #%3 thay thế.</translation>
    </message>
    <message>
        <source>Certificate #%1 was already rejected by %2 on %3 (reason: %4).</source>
        <translation>Chứng thư số #%1 đã bị %2 từ chối lúc %3 (lý do: %4).</translation>
    </message>
    <message>
        <source>Certificate #%1 was already revoked by %2 on %3 (reason: %4).</source>
        <translation>Chứng thư số #%1 đã bị %2 thu hồi lúc %3 (lý do: %4).</translation>
    </message>
    <message>
        <source>Only a user of %1, or an officer of its managing unit, may register its certificates; %2 may not.</source>
        <translation>Chỉ người dùng của %1 hoặc cán bộ của đơn vị quản lý trường mới được đăng ký chứng thư số cho trường; %2 không có quyền này.</translation>
    </message>
    <message>
        <source>a school of another unit</source>
        <translation>một trường thuộc đơn vị khác</translation>
    </message>
    <message>
        <source>Certificate #%1 cannot be approved: its certificate authority has revoked it. %2 The school must register a new certificate.</source>
        <translation>Không thể duyệt chứng thư số #%1: tổ chức cung cấp dịch vụ chứng thực đã thu hồi chứng thư số này. %2 Nhà trường cần đăng ký chứng thư số mới.</translation>
    </message>
    <message>
        <source>Certificate #%1 cannot be approved: its certificate authority revoked it on %2. The school must register a new certificate.</source>
        <translation>Không thể duyệt chứng thư số #%1: tổ chức cung cấp dịch vụ chứng thực đã thu hồi chứng thư số này ngày %2. Nhà trường phải đăng ký chứng thư số mới.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::CsvTable</name>
    <message>
        <source>The file is not UTF-8 text. In Excel choose File › Save As › “CSV UTF-8 (Comma delimited)”, or save it as .xlsx.</source>
        <translation>Tệp không phải là văn bản UTF-8. Trong Excel, hãy chọn File (Tệp) › Save As (Lưu thành) › “CSV UTF-8 (Comma delimited)”, hoặc lưu thành tệp .xlsx.</translation>
    </message>
    <message>
        <source>The file has more than %L1 cells. Split it into smaller files.</source>
        <translation>Tệp có hơn %L1 ô. Hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>Line %1: a cell starts with a quotation mark (&quot;) that is never closed.</source>
        <translation>Dòng %1: một ô bắt đầu bằng dấu ngoặc kép (&quot;) nhưng không có dấu đóng.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::DemoGenerator</name>
    <message>
        <source>The demo needs at least one unit, one school and one school year.</source>
        <translation>Dữ liệu mẫu cần ít nhất một đơn vị, một trường và một năm học.</translation>
    </message>
    <message>
        <source>The demo users need a password (--password).</source>
        <translation>Người dùng mẫu cần có mật khẩu (--password).</translation>
    </message>
    <message>
        <source>The store already holds data; the demo needs an empty store.</source>
        <translation>Cơ sở dữ liệu đã có dữ liệu; dữ liệu mẫu chỉ tạo được trên cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>Creating the certificate authorities</source>
        <translation>Đang tạo các tổ chức chứng thực</translation>
    </message>
    <message>
        <source>Creating pupils and records of %1</source>
        <translation>Đang tạo học sinh và học bạ của %1</translation>
    </message>
    <message>
        <source>Setting lock dates</source>
        <translation>Đang cấu hình ngày khóa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>Không băm được mật khẩu.</translation>
    </message>
    <message>
        <source>The demo was cancelled.</source>
        <translation>Đã hủy việc tạo dữ liệu mẫu.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::LiveUpdates</name>
    <message>
        <source>Live updates need the central server.</source>
        <translation>Cập nhật trực tiếp chỉ có khi làm việc trên máy chủ trung tâm.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::LockService</name>
    <message>
        <source>Grade %1 does not exist: primary schools have grades 1 to 5.</source>
        <translation>Không có khối %1: trường tiểu học có các khối từ 1 đến 5.</translation>
    </message>
    <message>
        <source>%1 belongs to no managing unit, so it has no lock settings.</source>
        <translation>%1 không thuộc đơn vị quản lý nào nên không có cấu hình khóa.</translation>
    </message>
    <message>
        <source>The school no longer exists.</source>
        <translation>Trường không còn tồn tại.</translation>
    </message>
    <message>
        <source>There is no school with the code %1 in your unit.</source>
        <translation>Đơn vị của bạn không có trường nào có mã %1.</translation>
    </message>
    <message>
        <source>Give a receive-lock date, a revoke-lock date or both.</source>
        <translation>Hãy nhập ngày khóa tiếp nhận, ngày khóa thu hồi hoặc cả hai.</translation>
    </message>
    <message>
        <source>Choose either all schools or some schools.</source>
        <translation>Hãy chọn tất cả các trường hoặc chọn một số trường.</translation>
    </message>
    <message>
        <source>The date is not a real date.</source>
        <translation>Ngày không hợp lệ.</translation>
    </message>
    <message>
        <source>%1 is outside the school year %2 (%3 to %4).</source>
        <translation>Ngày %1 nằm ngoài năm học %2 (từ %3 đến %4).</translation>
    </message>
    <message>
        <source>The date %1 is already past: records are locked from the moment you save. Save anyway?</source>
        <translation>Ngày %1 đã qua: học bạ sẽ bị khóa ngay khi ghi. Vẫn ghi?</translation>
    </message>
    <message>
        <source>Nothing was saved: the date %1 is already past and was not confirmed.</source>
        <translation>Chưa ghi dữ liệu: ngày %1 đã qua và chưa được xác nhận.</translation>
    </message>
    <message>
        <source>all schools</source>
        <translation>tất cả các trường</translation>
    </message>
    <message>
        <source>The revoke-lock date %1 is before the receive-lock date %2 (%3, grade %4); nothing was saved.</source>
        <translation>Ngày khóa thu hồi %1 trước ngày khóa tiếp nhận %2 (%3, khối %4); chưa ghi dữ liệu.</translation>
    </message>
    <message>
        <source>set for the whole unit</source>
        <translation>cấu hình chung cho toàn đơn vị</translation>
    </message>
    <message>
        <source>set for this school</source>
        <translation>cấu hình riêng cho trường</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa cấu hình</translation>
    </message>
    <message>
        <source>The change carries no valid time stamp (&quot;%1&quot;).</source>
        <translation>Thay đổi không có dấu thời gian hợp lệ (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The school is not in your unit.</source>
        <translation>Trường này không thuộc đơn vị của bạn.</translation>
    </message>
    <message>
        <source>set by %1 for all its schools</source>
        <translation>do %1 đặt cho tất cả các trường trực thuộc</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::RecordDetails</name>
    <message>
        <source>the record&apos;s content was changed after it was signed</source>
        <translation>nội dung học bạ đã bị thay đổi sau khi ký</translation>
    </message>
    <message>
        <source>the signature was made with a certificate other than the registered one</source>
        <translation>chữ ký được tạo bằng chứng thư số khác với chứng thư số đã đăng ký</translation>
    </message>
    <message>
        <source>No record has the lookup code %1.</source>
        <translation>Không có học bạ nào có mã tra cứu %1.</translation>
    </message>
    <message>
        <source>The record&apos;s content cannot be read: %1</source>
        <translation>Không đọc được nội dung học bạ: %1</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::RecordLookup</name>
    <message>
        <source>The personal identification number &quot;%1&quot; may contain digits only.</source>
        <translation>Số định danh cá nhân &quot;%1&quot; chỉ được gồm các chữ số.</translation>
    </message>
    <message>
        <source>A personal identification number has 12 digits; &quot;%1&quot; has %2.</source>
        <translation>Số định danh cá nhân gồm 12 chữ số; &quot;%1&quot; có %2 chữ số.</translation>
    </message>
    <message>
        <source>Type at least 6 digits of the personal identification number to search by it; &quot;%1&quot; has %2.</source>
        <translation>Để tra cứu theo số định danh cá nhân, hãy nhập ít nhất 6 chữ số; &quot;%1&quot; có %2 chữ số.</translation>
    </message>
    <message>
        <source>Grade must be 1 to 5.</source>
        <translation>Khối phải từ 1 đến 5.</translation>
    </message>
    <message>
        <source>The page size must be 1 to 100000.</source>
        <translation>Số dòng mỗi trang phải từ 1 đến 100000.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::RecordVerification</name>
    <message>
        <source>the certificate of %1 does not chain to the trust store (%2)</source>
        <translation>chứng thư số của %1 không dẫn tới chứng thư gốc tin cậy nào (%2)</translation>
    </message>
    <message>
        <source>the certificate of %1 was not valid when it signed on %2 (%3)</source>
        <translation>chứng thư số của %1 không có hiệu lực khi ký lúc %2 (%3)</translation>
    </message>
    <message>
        <source>its CA had revoked the certificate of %1 on %2, before it signed on %3</source>
        <translation>tổ chức cung cấp dịch vụ chứng thực đã thu hồi chứng thư số của %1 ngày %2, trước khi ký lúc %3</translation>
    </message>
    <message>
        <source>the signature says it was made on %1, not on %2 as stored</source>
        <translation>chữ ký ghi thời điểm ký là %1, không phải %2 như đã lưu</translation>
    </message>
    <message>
        <source>it was made with a certificate the school never registered</source>
        <translation>chữ ký được tạo bằng chứng thư số mà nhà trường chưa từng đăng ký</translation>
    </message>
    <message>
        <source>certificate #%1 is registered by another school</source>
        <translation>chứng thư số #%1 do trường khác đăng ký</translation>
    </message>
    <message>
        <source>certificate #%1 is not registered for this kind of signature</source>
        <translation>chứng thư số #%1 không được đăng ký cho loại chữ ký này</translation>
    </message>
    <message>
        <source>when certificate #%1 was approved is no longer known, so its approval at signing cannot be told</source>
        <translation>không còn biết chứng thư số #%1 được duyệt lúc nào, nên không xác định được nó đã được duyệt khi ký hay chưa</translation>
    </message>
    <message>
        <source>certificate #%1 was not approved by the managing unit when it signed on %2</source>
        <translation>chứng thư số #%1 chưa được đơn vị quản lý duyệt khi ký lúc %2</translation>
    </message>
    <message>
        <source>its registered certificate #%1 is not in the store</source>
        <translation>chứng thư số đã đăng ký #%1 không có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 signature (%2): %3</source>
        <translation>Chữ ký %1 (%2): %3</translation>
    </message>
    <message>
        <source>the record has no %1 signature</source>
        <translation>học bạ thiếu chữ ký %1</translation>
    </message>
    <message>
        <source>the record has no signatures</source>
        <translation>học bạ không có chữ ký nào</translation>
    </message>
    <message>
        <source>Only officers and administrators verify received records; %1 may read the results.</source>
        <translation>Chỉ cán bộ và quản trị viên mới kiểm tra chữ ký học bạ đã tiếp nhận; %1 chỉ được xem kết quả.</translation>
    </message>
    <message>
        <source>No school of yours has the code %1.</source>
        <translation>Không có trường nào trong phạm vi của bạn mang mã %1.</translation>
    </message>
    <message>
        <source>its CA revoked certificate #%1 on %2, before it signed on %3</source>
        <translation>CA đã thu hồi chứng thư số #%1 ngày %2, trước thời điểm ký %3</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::ReminderLetter</name>
    <message>
        <source>Choose at least one school.</source>
        <translation>Hãy chọn ít nhất một trường.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::RevocationAnswers</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (lúc %2)</translation>
    </message>
    <message>
        <source>Could not be asked: %1.</source>
        <translation>Không hỏi được: %1.</translation>
    </message>
    <message>
        <source>Its certificate authority has not been asked yet (%1); use &quot;Check revocation now&quot;.</source>
        <translation>Chưa hỏi tổ chức cung cấp dịch vụ chứng thực (%1); hãy bấm &quot;Kiểm tra thu hồi ngay&quot;.</translation>
    </message>
    <message>
        <source>The newest answer at hand is of %1 (%2 old).</source>
        <translation>Câu trả lời mới nhất đang có là của %1 (cách đây %2).</translation>
    </message>
    <message>
        <source>No answer about it is at hand.</source>
        <translation>Chưa có câu trả lời nào về chứng thư số này.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::RevocationRefresh</name>
    <message>
        <source>Only officers and administrators ask the certificate authorities.</source>
        <translation>Chỉ cán bộ và quản trị viên mới hỏi tổ chức cung cấp dịch vụ chứng thực.</translation>
    </message>
    <message>
        <source>There is no certificate #%1 among those you review.</source>
        <translation>Không có chứng thư số #%1 trong số chứng thư số bạn xét duyệt.</translation>
    </message>
    <message>
        <source>Only http and https distribution points are fetched.</source>
        <translation>Chỉ tải CRL từ điểm phân phối http và https.</translation>
    </message>
    <message>
        <source>What it sent is not a CRL: %1</source>
        <translation>Dữ liệu nhận được không phải là CRL: %1</translation>
    </message>
    <message>
        <source>The issuer of certificate #%1 is not in the trust store, so its OCSP responder cannot be asked.</source>
        <translation>Tổ chức cấp chứng thư số #%1 không có trong kho chứng thư tin cậy, nên không thể hỏi máy chủ OCSP.</translation>
    </message>
    <message>
        <source>Only http and https OCSP responders are asked.</source>
        <translation>Chỉ hỏi máy chủ OCSP có địa chỉ http và https.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::RevocationReview</name>
    <message>
        <source>There is no school with the code %1.</source>
        <translation>Không có trường nào có mã %1.</translation>
    </message>
    <message>
        <source>Rejecting a revocation request needs a note for the school.</source>
        <translation>Từ chối yêu cầu thu hồi cần có ghi chú gửi nhà trường.</translation>
    </message>
    <message>
        <source>There is no revocation request #%1.</source>
        <translation>Không có yêu cầu thu hồi #%1.</translation>
    </message>
    <message>
        <source>The record of request #%1 is no longer sent.</source>
        <translation>Học bạ của yêu cầu #%1 không còn ở trạng thái đã gửi.</translation>
    </message>
    <message>
        <source>Request #%1 was already approved by %2 on %3.</source>
        <translation>Yêu cầu #%1 đã được %2 duyệt lúc %3.</translation>
    </message>
    <message>
        <source>Request #%1 was already rejected by %2 on %3.</source>
        <translation>Yêu cầu #%1 đã bị %2 từ chối lúc %3.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::SchoolActions</name>
    <message>
        <source>No record has the lookup code %1.</source>
        <translation>Không có học bạ nào có mã tra cứu %1.</translation>
    </message>
    <message>
        <source>The record&apos;s school no longer exists.</source>
        <translation>Trường của học bạ không còn tồn tại.</translation>
    </message>
    <message>
        <source>Confirming needs the school&apos;s signing keys (the simulation key file).</source>
        <translation>Xác nhận cần có khóa ký của nhà trường (tệp khóa mô phỏng).</translation>
    </message>
    <message>
        <source>The record %1 has no content.</source>
        <translation>Học bạ %1 chưa có nội dung.</translation>
    </message>
    <message>
        <source>The simulation key file has no %1 key for %2.</source>
        <translation>Tệp khóa mô phỏng không có khóa %1 của %2.</translation>
    </message>
    <message>
        <source>The record %1 was changed by someone else meanwhile; nothing was done.</source>
        <translation>Học bạ %1 vừa được người khác thay đổi; chưa thực hiện thao tác nào.</translation>
    </message>
    <message>
        <source>The managing unit stopped receiving records of %1, grade %2, after %3; the record was not sent.</source>
        <translation>Đơn vị quản lý đã khóa tiếp nhận học bạ của %1, khối %2, sau ngày %3; học bạ chưa được gửi.</translation>
    </message>
    <message>
        <source>The record has no %1 signature, so it cannot be sent.</source>
        <translation>Học bạ thiếu chữ ký số (%1) nên không thể gửi.</translation>
    </message>
    <message>
        <source>The %1 signature was made with a certificate the school never registered; the record cannot be sent.</source>
        <translation>Chữ ký số (%1) được tạo bằng chứng thư số mà nhà trường chưa đăng ký; không thể gửi học bạ.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không xác định</translation>
    </message>
    <message>
        <source>The %1 certificate #%2 (%3) is %4, not approved by the managing unit; the record cannot be sent.</source>
        <translation>Chứng thư số (%1) #%2 (%3) ở trạng thái &quot;%4&quot;, chưa được đơn vị quản lý duyệt; không thể gửi học bạ.</translation>
    </message>
    <message>
        <source>A revocation request needs a reason.</source>
        <translation>Yêu cầu thu hồi cần nêu lý do.</translation>
    </message>
    <message>
        <source>Only a sent record can be revoked; this one is &quot;%1&quot;.</source>
        <translation>Chỉ thu hồi được học bạ đã gửi; học bạ này đang ở trạng thái &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Revocation requests for %1, grade %2, closed after %3; the request was not made.</source>
        <translation>Đã khóa thu hồi học bạ của %1, khối %2, sau ngày %3; chưa gửi được yêu cầu.</translation>
    </message>
    <message>
        <source>The record already has a pending revocation request (#%1, made %2).</source>
        <translation>Học bạ đã có yêu cầu thu hồi đang chờ duyệt (#%1, gửi lúc %2).</translation>
    </message>
    <message>
        <source>The %1 certificate #%2 (%3) was revoked by its certificate authority on %4; the record cannot be sent. The school must register a new certificate, have it approved by the managing unit and sign the record with it.</source>
        <translation>Chứng thư số %1 #%2 (%3) đã bị tổ chức cung cấp dịch vụ chứng thực thu hồi ngày %4; không thể gửi học bạ. Nhà trường phải đăng ký chứng thư số mới, được đơn vị quản lý duyệt, rồi ký lại học bạ bằng chứng thư số đó.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::SchoolContacts</name>
    <message>
        <source>There is no school %1.</source>
        <translation>Không có trường %1.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and + . - ( ) only.</source>
        <translation>Số điện thoại chỉ gồm chữ số, dấu cách và các ký tự + . - ( ).</translation>
    </message>
    <message>
        <source>%1 may only change schools of their own unit and the units below it.</source>
        <translation>%1 chỉ được sửa thông tin các trường thuộc đơn vị mình và các đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>The school %1 is closed.</source>
        <translation>Trường %1 đã đóng.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::SchoolImport</name>
    <message>
        <source>Only administrators import school lists.</source>
        <translation>Chỉ quản trị viên mới được nhập danh sách trường.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s); nothing was imported.</source>
        <translation>
            <numerusform>Tệp có %n lỗi; chưa nhập gì cả.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Đã hủy việc nhập; chưa có gì được ghi.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::SchoolImportFile</name>
    <message>
        <source>The file is larger than %L1 MB. A list of schools is much smaller; check that this is the right file.</source>
        <translation>Tệp lớn hơn %L1 MB. Một danh sách trường nhỏ hơn nhiều; hãy kiểm tra xem có đúng tệp không.</translation>
    </message>
    <message>
        <source>The file has no header row and no schools.</source>
        <translation>Tệp không có dòng tiêu đề và không có trường nào.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the header row; keep one of them.</source>
        <translation>Cột “%1” xuất hiện hai lần ở dòng tiêu đề; hãy giữ lại một cột.</translation>
    </message>
    <message>
        <source>The header row has no column “%1” (or “%2”). The columns needed are Mã trường, Tên trường, Đơn vị quản lý and Loại hình.</source>
        <translation>Dòng tiêu đề thiếu cột “%1” (hoặc “%2”). Các cột bắt buộc là Mã trường, Tên trường, Đơn vị quản lý và Loại hình.</translation>
    </message>
    <message>
        <source>The school code is empty.</source>
        <translation>Mã trường đang để trống.</translation>
    </message>
    <message>
        <source>The school code %1 is already on line %2.</source>
        <translation>Mã trường %1 đã có ở dòng %2.</translation>
    </message>
    <message>
        <source>The school name is empty.</source>
        <translation>Tên trường đang để trống.</translation>
    </message>
    <message>
        <source>The managing unit&apos;s code is empty.</source>
        <translation>Mã đơn vị quản lý đang để trống.</translation>
    </message>
    <message>
        <source>The ownership type is empty. Write Công lập or Tư thục.</source>
        <translation>Loại hình đang để trống. Hãy ghi Công lập hoặc Tư thục.</translation>
    </message>
    <message>
        <source>“%1” is not an ownership type. Write Công lập, Tư thục or Dân lập (or public, private).</source>
        <translation>“%1” không phải là loại hình trường. Hãy ghi Công lập, Tư thục hoặc Dân lập (hoặc public, private).</translation>
    </message>
    <message>
        <source>The file has a header row but no schools below it.</source>
        <translation>Tệp có dòng tiêu đề nhưng bên dưới không có trường nào.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls), which cannot be read. In Excel choose File › Save As › “Excel Workbook (*.xlsx)” or “CSV UTF-8 (Comma delimited)”.</source>
        <translation>Đây là sổ tính Excel 97-2003 (.xls), chương trình không đọc được. Trong Excel, hãy chọn File (Tệp) › Save As (Lưu thành) › “Excel Workbook (*.xlsx)” hoặc “CSV UTF-8 (Comma delimited)”.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Không mở được %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::SchoolImportPlan</name>
    <message>
        <source>name “%1” → “%2”</source>
        <translation>tên “%1” → “%2”</translation>
    </message>
    <message>
        <source>moves from unit %1 to unit %2</source>
        <translation>chuyển từ đơn vị %1 sang đơn vị %2</translation>
    </message>
    <message>
        <source>ownership %1 → %2</source>
        <translation>loại hình %1 → %2</translation>
    </message>
    <message>
        <source>tax code “%1” → “%2”</source>
        <translation>mã số thuế “%1” → “%2”</translation>
    </message>
    <message>
        <source>address “%1” → “%2”</source>
        <translation>địa chỉ “%1” → “%2”</translation>
    </message>
    <message>
        <source>New school in unit %1.</source>
        <translation>Trường mới thuộc đơn vị %1.</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Không thay đổi.</translation>
    </message>
    <message>
        <source>The unit %1 does not exist or is not one of the units you manage.</source>
        <translation>Đơn vị %1 không tồn tại hoặc không thuộc các đơn vị bạn quản lý.</translation>
    </message>
    <message>
        <source>The unit %1 is closed; schools cannot be added to it or changed in it.</source>
        <translation>Đơn vị %1 đã đóng; không thể thêm trường vào hay sửa trường của đơn vị này.</translation>
    </message>
    <message>
        <source>The school %1 is closed; reopen it before changing it.</source>
        <translation>Trường %1 đã đóng; hãy mở lại trường trước khi sửa.</translation>
    </message>
    <message>
        <source>The school %1 belongs to unit %2, which is not one of the units you manage.</source>
        <translation>Trường %1 thuộc đơn vị %2, không phải đơn vị bạn quản lý.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::ServiceContext</name>
    <message>
        <source>This cannot be done while working offline: only decisions and lock dates are taken along. Connect to the server to do it.</source>
        <translation>Không thể làm việc này khi đang làm việc ngoại tuyến: chỉ các quyết định duyệt và ngày khóa được mang theo. Hãy kết nối máy chủ để thực hiện.</translation>
    </message>
    <message>
        <source>This offline copy&apos;s changes must be recorded for the next sync, and this window did not do so; nothing was changed.</source>
        <translation>Các thay đổi trên bản sao ngoại tuyến phải được ghi lại để đồng bộ lần sau nhưng cửa sổ này chưa ghi; chưa có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::SignIn</name>
    <message>
        <source>This program is the managing-unit edition. The school edition runs at the schools; choose &quot;Managing unit edition (Education Office)&quot; to sign in here.</source>
        <translation>Chương trình này là phân hệ dành cho đơn vị quản lý. Phân hệ Nhà trường được dùng tại các trường; hãy chọn &quot;Quản lý Phòng GD&amp;ĐT&quot; để đăng nhập tại đây.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>The server %1 refused the username or password of %2.</source>
        <translation>Máy chủ %1 không chấp nhận tên đăng nhập hoặc mật khẩu của %2.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in of %1: %2</source>
        <translation>Máy chủ không chấp nhận đăng nhập của %1: %2</translation>
    </message>
    <message>
        <source>The server accepted %1, but this program has no user of that name, so it does not know the role and managing unit. Ask an administrator to add the user.</source>
        <translation>Máy chủ đã chấp nhận %1, nhưng chương trình không có người dùng tên này nên không xác định được vai trò và đơn vị quản lý. Hãy đề nghị quản trị viên thêm người dùng.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator to enable it.</source>
        <translation>Tài khoản %1 đã bị vô hiệu hóa. Hãy đề nghị quản trị viên kích hoạt lại.</translation>
    </message>
    <message>
        <source>This offline copy belongs to %1; only %1 can sign in to it.</source>
        <translation>Bản sao ngoại tuyến này thuộc về %1; chỉ %1 mới đăng nhập được.</translation>
    </message>
    <message>
        <source>%1 has not signed in online since this offline copy was made, so it cannot check the password. Sign in to the server once.</source>
        <translation>%1 chưa đăng nhập trực tuyến kể từ khi tạo bản sao ngoại tuyến này nên không thể kiểm tra mật khẩu. Hãy đăng nhập vào máy chủ một lần.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>Không băm được mật khẩu.</translation>
    </message>
    <message>
        <source>The download of this offline copy did not finish. Connect to the server and make it again (it continues where it stopped).</source>
        <translation>Việc tải bản sao ngoại tuyến này chưa hoàn tất. Hãy kết nối máy chủ và tạo lại (việc tải sẽ tiếp tục từ chỗ đã dừng).</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::SigningKeys</name>
    <message>
        <source>The simulation key file %1 cannot be read (it is made by `demo` beside the database).</source>
        <translation>Không đọc được tệp khóa mô phỏng %1 (tệp do lệnh `demo` tạo cạnh tệp cơ sở dữ liệu).</translation>
    </message>
    <message>
        <source>The simulation key file %1 is damaged.</source>
        <translation>Tệp khóa mô phỏng %1 bị hỏng.</translation>
    </message>
    <message>
        <source>Cannot write the simulation key file %1.</source>
        <translation>Không ghi được tệp khóa mô phỏng %1.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::Statistics</name>
    <message>
        <source>Grade %1 does not exist: primary schools have grades 1 to 5.</source>
        <translation>Không có khối %1: trường tiểu học có các khối từ 1 đến 5.</translation>
    </message>
    <message>
        <source>There is no school with the code %1.</source>
        <translation>Không có trường nào có mã %1.</translation>
    </message>
    <message>
        <source>There is no unit with the code %1.</source>
        <translation>Không có đơn vị nào có mã %1.</translation>
    </message>
    <message>
        <source>Schools managed by %1 itself</source>
        <translation>Các trường do %1 trực tiếp quản lý</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::StatsExport</name>
    <message>
        <source>Progress of digital school records, school year %1</source>
        <translation>Tiến độ học bạ số, năm học %1</translation>
    </message>
    <message>
        <source>, grade %1</source>
        <translation>, khối %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Lập ngày %1</translation>
    </message>
    <message>
        <source>PDF export needs the graphical subsystem.</source>
        <translation>Xuất PDF cần có môi trường đồ họa.</translation>
    </message>
    <message>
        <source>Schools with the lowest share sent (%1 of %2)</source>
        <translation>Các trường có tỷ lệ đã gửi thấp nhất (%1/%2 trường)</translation>
    </message>
    <message>
        <source>Records per school</source>
        <translation>Số học bạ theo trường</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Confirmed, not sent</source>
        <translation>Đã xác nhận, chưa gửi</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Chưa xác nhận</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>Mã trường</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Tổng số học bạ</translation>
    </message>
    <message>
        <source>Confirmed complete</source>
        <translation>Đã xác nhận hoàn thành</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>% sent</source>
        <translation>Tỷ lệ đã gửi (%)</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>, by unit</source>
        <translation>, theo đơn vị</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::StoreBackup</name>
    <message>
        <source>The central store (PostgreSQL) is backed up on its server, not by this program: use pg_dump, or base backups (pg_basebackup) with the write-ahead log archived; see the README, section Backups.</source>
        <translation>Cơ sở dữ liệu trung tâm (PostgreSQL) được sao lưu trên máy chủ của nó, không phải bằng chương trình này: hãy dùng pg_dump, hoặc bản sao lưu gốc (pg_basebackup) kèm lưu trữ nhật ký ghi trước; xem README, mục Backups.</translation>
    </message>
    <message>
        <source>Name the file for the copy.</source>
        <translation>Hãy đặt tên tệp cho bản sao lưu.</translation>
    </message>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>Cơ sở dữ liệu %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is the store itself (or one of its files): choose another file for the copy.</source>
        <translation>%1 chính là cơ sở dữ liệu (hoặc một tệp của nó): hãy chọn tệp khác cho bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file for the copy.</source>
        <translation>%1 là một thư mục: hãy đặt tên tệp cho bản sao lưu.</translation>
    </message>
    <message>
        <source>The disk of %1 is full: the copy needs about %2 MB and %3 MB are free.</source>
        <translation>Ổ đĩa chứa %1 đã đầy: bản sao lưu cần khoảng %2 MB nhưng chỉ còn trống %3 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2 Nothing was changed.</source>
        <translation>Không thể khôi phục từ %1: %2 Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>it is damaged or not a database (%1).</source>
        <translation>tệp bị hỏng hoặc không phải là cơ sở dữ liệu (%1).</translation>
    </message>
    <message>
        <source>it is damaged (the integrity check says: %1).</source>
        <translation>tệp bị hỏng (kiểm tra toàn vẹn báo: %1).</translation>
    </message>
    <message>
        <source>it is not a hocbaso store or backup.</source>
        <translation>đây không phải là cơ sở dữ liệu hay bản sao lưu của hocbaso.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in it point to rows that are not there.</source>
        <translation>
            <numerusform>%n dòng trong tệp trỏ tới những dòng không tồn tại.</numerusform>
        </translation>
    </message>
    <message>
        <source>it was made by a newer hocbaso (schema version %1; this program knows up to %2). Update the program first.</source>
        <translation>tệp được tạo bởi phiên bản hocbaso mới hơn (phiên bản lược đồ %1; chương trình này chỉ biết tới %2). Hãy cập nhật chương trình trước.</translation>
    </message>
    <message>
        <source>its audit log does not verify (%1).</source>
        <translation>nhật ký kiểm tra của tệp không hợp lệ (%1).</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Bản sao lưu %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to check the copy.</source>
        <translation>Không tạo được thư mục tạm để kiểm tra bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>Không thể khôi phục từ %1: %2</translation>
    </message>
    <message>
        <source>%1 is the store itself: choose a backup copy to restore.</source>
        <translation>%1 chính là cơ sở dữ liệu: hãy chọn một bản sao lưu để khôi phục.</translation>
    </message>
    <message>
        <source>The restore was stopped before it replaced the store.</source>
        <translation>Việc khôi phục đã dừng trước khi thay thế cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The store %1 is open in another program or window: close it there and try again.</source>
        <translation>Cơ sở dữ liệu %1 đang được mở ở một chương trình hoặc cửa sổ khác: hãy đóng nó ở đó rồi thử lại.</translation>
    </message>
    <message>
        <source>Cannot write the copy into %1: it is not a folder.</source>
        <translation>Không ghi được bản sao vào %1: đó không phải là thư mục.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the copy.</source>
        <translation>Không tạo được thư mục %1 cho bản sao.</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1: it is read-only or not yours.</source>
        <translation>Không ghi được vào thư mục %1: thư mục chỉ cho đọc hoặc không thuộc quyền của bạn.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>một ngày không rõ</translation>
    </message>
    <message>
        <source>A copy of %1 (schema version %2): %3 school(s), %4 record(s), %5 audit event(s).</source>
        <translation>Bản sao lưu lúc %1 (phiên bản lược đồ %2): %3 trường, %4 học bạ, %5 sự kiện nhật ký.</translation>
    </message>
    <message>
        <source>Restored the copy of %1: %2 school(s), %3 record(s), %4 audit event(s), the audit log intact.</source>
        <translation>Đã khôi phục bản sao lưu lúc %1: %2 trường, %3 học bạ, %4 sự kiện nhật ký, nhật ký kiểm tra còn nguyên vẹn.</translation>
    </message>
    <message>
        <source>The replaced store is kept as %1.</source>
        <translation>Cơ sở dữ liệu bị thay thế được giữ lại dưới tên %1.</translation>
    </message>
    <message>
        <source>This is an offline copy: the next sync brings it up to date with the server (what was decided after the copy on this computer and not yet sent is lost).</source>
        <translation>Đây là bản làm việc ngoại tuyến: lần đồng bộ tới sẽ cập nhật nó theo máy chủ (những gì đã quyết định trên máy này sau thời điểm sao lưu mà chưa gửi sẽ bị mất).</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::StoreSetup</name>
    <message>
        <source>The bundled certificate %1 cannot be read.</source>
        <translation>Không đọc được chứng thư số tích hợp %1.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::TrustStoreService</name>
    <message>
        <source>The family must be vgca, public or test; got &quot;%1&quot;.</source>
        <translation>Nhóm phải là vgca, public hoặc test; giá trị đã nhập là &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file holds no certificate.</source>
        <translation>Tệp không chứa chứng thư số.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CA certificate; only root and intermediate CA certificates can be trusted. Nothing was added.</source>
        <translation>&quot;%1&quot; không phải là chứng thư số CA; chỉ chứng thư số CA gốc và trung gian mới được đưa vào kho tin cậy. Chưa thêm chứng thư nào.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the trust store.</source>
        <translation>&quot;%1&quot; đã có trong kho chứng thư gốc tin cậy.</translation>
    </message>
    <message>
        <source>Every certificate of this file is already in the trust store.</source>
        <translation>Mọi chứng thư số trong tệp này đều đã có trong kho chứng thư gốc tin cậy.</translation>
    </message>
    <message>
        <source>There is no CRL to add.</source>
        <translation>Không có CRL để thêm.</translation>
    </message>
    <message>
        <source>This CRL of &quot;%1&quot; dated %2 is already loaded.</source>
        <translation>CRL của &quot;%1&quot; ngày %2 đã được nạp trước đó.</translation>
    </message>
    <message>
        <source>Only an administrator or an officer may load a CRL; %1 is not one.</source>
        <translation>Chỉ quản trị viên hoặc cán bộ mới được nạp danh sách chứng thư bị thu hồi (CRL); %1 không có quyền này.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::UnitAdmin</name>
    <message>
        <source>The code &quot;%1&quot; is not valid: use 1 to 32 letters without accents, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Mã &quot;%1&quot; không hợp lệ: hãy dùng từ 1 đến 32 ký tự gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ cái hoặc chữ số.</translation>
    </message>
    <message>
        <source>%1 may only administer their own managing unit and the units below it; %2 is not one of them.</source>
        <translation>%1 chỉ được quản trị đơn vị quản lý của mình và các đơn vị trực thuộc; %2 không nằm trong số đó.</translation>
    </message>
    <message>
        <source>There is no managing unit with the code %1.</source>
        <translation>Không có đơn vị quản lý nào có mã %1.</translation>
    </message>
    <message>
        <source>The managing unit %1 is closed.</source>
        <translation>Đơn vị quản lý %1 đã đóng.</translation>
    </message>
    <message>
        <source>There is no school with the code %1.</source>
        <translation>Không có trường nào có mã %1.</translation>
    </message>
    <message>
        <source>%1 is a Sở: a Sở stands at the top and has no unit above it.</source>
        <translation>%1 là một Sở: Sở là cấp cao nhất, không trực thuộc đơn vị nào.</translation>
    </message>
    <message>
        <source>%1 needs a Sở above it: give its code with --parent.</source>
        <translation>%1 cần trực thuộc một Sở: hãy nhập mã Sở bằng --parent.</translation>
    </message>
    <message>
        <source>%1 cannot stand under %2: a commune or a Phòng stands directly under a Sở.</source>
        <translation>%1 không thể trực thuộc %2: đơn vị cấp xã hoặc Phòng phải trực thuộc trực tiếp một Sở.</translation>
    </message>
    <message>
        <source>%1 works on the schools of their own managing unit and the units below it; %2 is not one of them.</source>
        <translation>%1 làm việc với các trường thuộc đơn vị quản lý của mình và các đơn vị trực thuộc; %2 không nằm trong số đó.</translation>
    </message>
    <message>
        <source>Enter the name of the managing unit.</source>
        <translation>Hãy nhập tên đơn vị quản lý.</translation>
    </message>
    <message>
        <source>Only an administrator of the whole store may add a Sở; %1 administers a managing unit.</source>
        <translation>Chỉ quản trị viên của toàn bộ cơ sở dữ liệu mới được thêm Sở; %1 là quản trị viên của một đơn vị quản lý.</translation>
    </message>
    <message>
        <source>The code %1 is already used by the managing unit &quot;%2&quot;.</source>
        <translation>Mã %1 đã được dùng cho đơn vị quản lý &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>You cannot move your own managing unit; an administrator above it can.</source>
        <translation>Bạn không thể chuyển đơn vị quản lý của chính mình; quản trị viên của đơn vị cấp trên có thể làm việc này.</translation>
    </message>
    <message>
        <source>%1 cannot be moved under %2: %2 is %1 itself or one of the units below it.</source>
        <translation>Không thể chuyển %1 về trực thuộc %2: %2 chính là %1 hoặc là một đơn vị trực thuộc %1.</translation>
    </message>
    <message>
        <source>You cannot close your own managing unit; an administrator above it can.</source>
        <translation>Bạn không thể đóng đơn vị quản lý của chính mình; quản trị viên của đơn vị cấp trên có thể làm việc này.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n open school(s): move or close them first.</source>
        <translation>
            <numerusform>%1 vẫn còn %n trường đang hoạt động: hãy chuyển hoặc đóng các trường đó trước.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n open unit(s) below it: move or close them first.</source>
        <translation>
            <numerusform>%1 vẫn còn %n đơn vị trực thuộc đang hoạt động: hãy chuyển hoặc đóng các đơn vị đó trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the name of the school.</source>
        <translation>Hãy nhập tên trường.</translation>
    </message>
    <message>
        <source>The code %1 is already used by the school &quot;%2&quot;.</source>
        <translation>Mã %1 đã được dùng cho trường &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 may only administer the schools of their own managing unit and the units below it; %2 is not one of them.</source>
        <translation>%1 chỉ được quản trị các trường thuộc đơn vị quản lý của mình và các đơn vị trực thuộc; %2 không nằm trong số đó.</translation>
    </message>
    <message>
        <source>The school %1 is closed.</source>
        <translation>Trường %1 đã đóng.</translation>
    </message>
    <message>
        <source>The school %1 cannot be closed while work is pending: %2 certificate(s) and %3 revocation request(s) wait for a decision, %4 record(s) are confirmed but not sent or revoked but not confirmed again.</source>
        <translation>Chưa thể đóng trường %1 vì còn việc đang xử lý: %2 chứng thư số và %3 yêu cầu thu hồi đang chờ quyết định, %4 học bạ đã xác nhận nhưng chưa gửi hoặc đã thu hồi nhưng chưa xác nhận lại.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::UserAdmin</name>
    <message>
        <source>The username &quot;%1&quot; is not valid: use 3 to 32 lower-case letters without accents, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Tên đăng nhập &quot;%1&quot; không hợp lệ: dùng từ 3 đến 32 ký tự gồm chữ thường không dấu, chữ số, dấu chấm, dấu gạch ngang hoặc gạch dưới, bắt đầu bằng chữ cái.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hai mật khẩu không trùng khớp.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The password must contain both letters and digits.</source>
        <translation>Mật khẩu phải có cả chữ cái và chữ số.</translation>
    </message>
    <message>
        <source>The password must not contain the username.</source>
        <translation>Mật khẩu không được chứa tên đăng nhập.</translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation>Hãy nhập họ và tên người dùng.</translation>
    </message>
    <message>
        <source>Choose the managing unit of the user.</source>
        <translation>Hãy chọn đơn vị quản lý của người dùng.</translation>
    </message>
    <message>
        <source>A school user needs a school: choose one.</source>
        <translation>Người dùng nhà trường cần thuộc một trường: hãy chọn trường.</translation>
    </message>
    <message>
        <source>The chosen school does not belong to the chosen managing unit.</source>
        <translation>Trường đã chọn không thuộc đơn vị quản lý đã chọn.</translation>
    </message>
    <message>
        <source>The managing unit no longer exists.</source>
        <translation>Đơn vị quản lý không còn tồn tại.</translation>
    </message>
    <message>
        <source>The username %1 is already taken.</source>
        <translation>Tên đăng nhập %1 đã được sử dụng.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>Không băm được mật khẩu.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Không có người dùng %1.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Bạn không thể vô hiệu hóa tài khoản của chính mình.</translation>
    </message>
    <message>
        <source>There is no managing unit with the code %1.</source>
        <translation>Không có đơn vị quản lý nào có mã %1.</translation>
    </message>
    <message>
        <source>There is no school with the code %1.</source>
        <translation>Không có trường nào có mã %1.</translation>
    </message>
    <message>
        <source>Only the program&apos;s first start creates the first administrator.</source>
        <translation>Chỉ lần khởi động đầu tiên của chương trình mới tạo quản trị viên đầu tiên.</translation>
    </message>
    <message>
        <source>This database already has users: an administrator adds more in the user list.</source>
        <translation>Cơ sở dữ liệu này đã có người dùng: quản trị viên thêm người dùng mới trong danh sách người dùng.</translation>
    </message>
    <message>
        <source>The database server already has an account named %1 (perhaps of another database); choose another username.</source>
        <translation>Máy chủ cơ sở dữ liệu đã có tài khoản tên %1 (có thể thuộc cơ sở dữ liệu khác); hãy chọn tên đăng nhập khác.</translation>
    </message>
    <message>
        <source>%1 may only add users of their own managing unit and the units below it.</source>
        <translation>%1 chỉ được thêm người dùng của đơn vị quản lý của mình và các đơn vị cấp dưới.</translation>
    </message>
</context>
<context>
    <name>hocbaso::services::XlsxSheetReader</name>
    <message>
        <source>The file is not a readable .xlsx workbook: it is damaged, cut short or of another kind. Open it in Excel and save it again as .xlsx, or as “CSV UTF-8 (Comma delimited)”.</source>
        <translation>Không đọc được tệp này như một sổ tính .xlsx: tệp bị hỏng, bị cắt dở hoặc thuộc loại khác. Hãy mở tệp bằng Excel rồi lưu lại thành .xlsx, hoặc thành “CSV UTF-8 (Comma delimited)”.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part %1 cannot be read (%2). Open it in Excel and save it again.</source>
        <translation>Sổ tính bị hỏng: không đọc được phần %1 (%2). Hãy mở tệp bằng Excel rồi lưu lại.</translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %L1 MB and is refused as too large.</source>
        <translation>Sổ tính khi giải nén lớn hơn %L1 MB nên bị từ chối vì quá lớn.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>Sổ tính không có trang tính nào.</translation>
    </message>
    <message>
        <source>The worksheet has more than %L1 cells. Split it into smaller files.</source>
        <translation>Trang tính có hơn %L1 ô. Hãy chia thành các tệp nhỏ hơn.</translation>
    </message>
</context>
<context>
    <name>hocbaso::store::ChangeNotices</name>
    <message>
        <source>Live updates need the central server.</source>
        <translation>Cập nhật trực tiếp chỉ có khi làm việc trên máy chủ trung tâm.</translation>
    </message>
    <message>
        <source>listening for changes</source>
        <translation>theo dõi thay đổi</translation>
    </message>
</context>
<context>
    <name>hocbaso::store::Database</name>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>Thiếu trình điều khiển SQLite của Qt (gói libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Không tìm thấy tệp cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>mở %1</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is missing (package libqt6sql6-psql).</source>
        <translation>Thiếu trình điều khiển PostgreSQL của Qt (gói libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>kết nối đến %1</translation>
    </message>
    <message>
        <source>The data already exists (%1): %2</source>
        <translation>Dữ liệu đã tồn tại (%1): %2</translation>
    </message>
    <message>
        <source>The database reported an error while %1: %2</source>
        <translation>Cơ sở dữ liệu báo lỗi khi %1: %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>tệp %1</translation>
    </message>
    <message>
        <source>server %1:%2/%3</source>
        <translation>máy chủ %1:%2/%3</translation>
    </message>
    <message>
        <source>The transaction is already closed.</source>
        <translation>Giao dịch đã được đóng.</translation>
    </message>
    <message>
        <source>A step of the change failed, so nothing was saved.</source>
        <translation>Một bước thay đổi không thành công nên chưa lưu dữ liệu nào.</translation>
    </message>
    <message>
        <source>The SQLite connection has no handle.</source>
        <translation>Kết nối SQLite không có con trỏ kết nối (handle).</translation>
    </message>
    <message>
        <source>The table %1 cannot be copied: its id is not readable.</source>
        <translation>Không sao chép được bảng %1: không đọc được cột id.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection has no handle.</source>
        <translation>Kết nối PostgreSQL không có đối tượng kết nối của libpq.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses another SQLite library (%1) than this program (%2). Install the program with the Qt it was built for (on Windows: a Qt whose SQLite driver uses the same SQLite).</source>
        <translation>Trình điều khiển SQLite của Qt dùng một thư viện SQLite khác (%1) với chương trình (%2). Hãy cài chương trình cùng bản Qt mà nó được xây dựng cho (trên Windows: bản Qt có trình điều khiển SQLite dùng đúng thư viện SQLite này).</translation>
    </message>
    <message>
        <source>The read-only server refused a change while %1; changes go to the primary server: %2</source>
        <translation>Máy chủ chỉ đọc đã từ chối một thay đổi khi %1; thay đổi phải gửi về máy chủ chính: %2</translation>
    </message>
    <message>
        <source>The content of record version %1 does not pack back to itself; nothing of this batch was changed.</source>
        <translation>Nội dung của phiên bản học bạ %1 không giải nén lại đúng như cũ; đợt này không thay đổi gì.</translation>
    </message>
    <message>
        <source>The signature %1 does not pack back to itself; nothing of this batch was changed.</source>
        <translation>Chữ ký %1 không giải nén lại được đúng như cũ; chưa thay đổi gì trong đợt này.</translation>
    </message>
</context>
<context>
    <name>hocbaso::store::Migrator</name>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Không đọc được bản nâng cấp lược đồ %1.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>đọc phiên bản lược đồ</translation>
    </message>
    <message>
        <source>This database was written by a newer version of hocbaso (schema version %1; this program knows up to %2). Install the newer program to open it; nothing was changed.</source>
        <translation>Cơ sở dữ liệu này được tạo bởi phiên bản hocbaso mới hơn (phiên bản lược đồ %1; chương trình này chỉ hỗ trợ đến %2). Hãy cài phiên bản mới hơn để mở; dữ liệu chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed, so the database was left as it was: %3</source>
        <translation>Nâng cấp lược đồ %1 (%2) không thành công nên cơ sở dữ liệu được giữ nguyên: %3</translation>
    </message>
    <message>
        <source>recording migration %1</source>
        <translation>ghi nhận nâng cấp lược đồ %1</translation>
    </message>
    <message>
        <source>reading the schema owner</source>
        <translation>đọc chủ sở hữu lược đồ</translation>
    </message>
    <message>
        <source>The central store has schema version %1 and this program needs %2. Ask the administrator to upgrade it (hocbaso-cli --pg ... init as the store&apos;s owner); nothing was changed.</source>
        <translation>Cơ sở dữ liệu trung tâm đang ở phiên bản lược đồ %1, chương trình này cần %2. Hãy đề nghị quản trị viên nâng cấp (chạy hocbaso-cli --pg ... init bằng tài khoản chủ sở hữu cơ sở dữ liệu); dữ liệu chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>reading the database&apos;s privileges</source>
        <translation>đọc quyền trên cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database %1 is not ready for a central store: every role may still connect to it or make temporary tables in it, or the role %2 may not create the store there. As the database&apos;s owner or a superuser, run:
%3
then run init again; nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 chưa sẵn sàng làm cơ sở dữ liệu trung tâm: mọi vai trò vẫn có thể kết nối, tạo bảng tạm trong đó, hoặc vai trò %2 chưa được phép tạo cơ sở dữ liệu ở đó. Với quyền chủ sở hữu cơ sở dữ liệu hoặc siêu người dùng (superuser), hãy chạy:
%3
rồi chạy lại init; dữ liệu chưa bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>hocbaso::store::ReadReplica</name>
    <message>
        <source>A read replica serves a central PostgreSQL store only.</source>
        <translation>Bản sao chỉ đọc chỉ dùng với kho dữ liệu trung tâm PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>hocbaso::store::sqlite_backup</name>
    <message>
        <source>The disk is full: there is not enough space for the copy %1.</source>
        <translation>Ổ đĩa đã đầy: không đủ chỗ cho bản sao %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder is read-only or not yours.</source>
        <translation>Không ghi được %1: thư mục chỉ cho đọc hoặc không thuộc quyền của bạn.</translation>
    </message>
    <message>
        <source>Copying into %1 failed: %2</source>
        <translation>Sao chép vào %1 không thành công: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database.</source>
        <translation>%1 không phải là cơ sở dữ liệu SQLite.</translation>
    </message>
    <message>
        <source>%1 is damaged (truncated or altered): %2</source>
        <translation>%1 bị hỏng (bị cắt cụt hoặc bị sửa đổi): %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Đọc %1 không thành công: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>Đã hủy việc sao lưu.</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk.</source>
        <translation>Không ghi được %1 xuống ổ đĩa.</translation>
    </message>
    <message>
        <source>Cannot put %1 in the place of %2.</source>
        <translation>Không thể đặt %1 vào chỗ của %2.</translation>
    </message>
    <message>
        <source>Cannot put %1 in the place of %2: %3</source>
        <translation>Không thể đặt %1 vào chỗ của %2: %3</translation>
    </message>
    <message>
        <source>Cannot keep the current store as %1.</source>
        <translation>Không giữ lại được cơ sở dữ liệu hiện tại dưới tên %1.</translation>
    </message>
    <message>
        <source>The copy %1 is larger than that disk takes in one file (a USB stick formatted FAT32 takes at most 4 GB a file). Choose another disk, or format the stick as exFAT or NTFS.</source>
        <translation>Bản sao %1 lớn hơn mức một tệp mà ổ đĩa đó cho phép (USB định dạng FAT32 chỉ nhận tệp tối đa 4 GB). Hãy chọn ổ đĩa khác, hoặc định dạng lại USB theo exFAT hoặc NTFS.</translation>
    </message>
</context>
<context>
    <name>hocbaso::store::sqlite_backup::StoreHold</name>
    <message>
        <source>The store %1 is open in another program or window: close it there and try again.</source>
        <translation>Cơ sở dữ liệu %1 đang được mở ở một chương trình hoặc cửa sổ khác: hãy đóng nó ở đó rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>hocbaso::sync::OperationApplier</name>
    <message>
        <source>approve</source>
        <translation>duyệt</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>từ chối</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>thu hồi</translation>
    </message>
    <message>
        <source>This program does not know the change &quot;%1&quot;.</source>
        <translation>Chương trình này không biết thay đổi &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2</source>
        <translation>Chứng thư số #%1 của %2</translation>
    </message>
    <message>
        <source>The revocation request of %1 (%2)</source>
        <translation>Yêu cầu thu hồi của %1 (%2)</translation>
    </message>
    <message>
        <source>all schools</source>
        <translation>tất cả các trường</translation>
    </message>
    <message>
        <source>The lock dates of %1, grade %2, school year %3 were changed by %4 on %5 after your change; your change was not applied.</source>
        <translation>Ngày khóa của %1, khối %2, năm học %3 đã được %4 thay đổi lúc %5, sau thay đổi của bạn; thay đổi của bạn không được áp dụng.</translation>
    </message>
    <message>
        <source>%1 was already approved by %2 on %3; your decision (%4) was not applied.</source>
        <translation>%1 đã được %2 duyệt lúc %3; quyết định (%4) của bạn không được áp dụng.</translation>
    </message>
    <message>
        <source>%1 was already rejected by %2 on %3; your decision (%4) was not applied.</source>
        <translation>%1 đã bị %2 từ chối lúc %3; quyết định (%4) của bạn không được áp dụng.</translation>
    </message>
    <message>
        <source>%1 was already revoked by %2 on %3; your decision (%4) was not applied.</source>
        <translation>%1 đã bị %2 thu hồi lúc %3; quyết định (%4) của bạn không được áp dụng.</translation>
    </message>
    <message>
        <source>%1 was already decided by %2 on %3; your decision (%4) was not applied.</source>
        <translation>%1 đã được %2 xử lý lúc %3; quyết định (%4) của bạn không được áp dụng.</translation>
    </message>
</context>
<context>
    <name>hocbaso::sync::ReplicaDownload</name>
    <message>
        <source>%1 has no managing unit to take along: offline copies are made for the officers and viewers of a unit.</source>
        <translation>%1 không thuộc đơn vị quản lý nào để mang theo: bản sao ngoại tuyến dành cho cán bộ và người xem của một đơn vị.</translation>
    </message>
    <message>
        <source>This offline copy belongs to %1, not to %2.</source>
        <translation>Bản sao ngoại tuyến này thuộc về %1, không phải của %2.</translation>
    </message>
    <message>
        <source>This file is already a complete offline copy; bring it up to date with sync.</source>
        <translation>Tệp này đã là một bản sao ngoại tuyến đầy đủ; hãy cập nhật bằng lệnh đồng bộ (sync).</translation>
    </message>
    <message>
        <source>This file already holds a store; an offline copy is made into a new file.</source>
        <translation>Tệp này đã chứa một kho dữ liệu; bản sao ngoại tuyến phải được tạo vào một tệp mới.</translation>
    </message>
    <message>
        <source>The download was cancelled; run it again to continue where it stopped.</source>
        <translation>Đã hủy việc tải về; chạy lại để tải tiếp từ chỗ đã dừng.</translation>
    </message>
</context>
<context>
    <name>hocbaso::sync::ReplicaOutbox</name>
    <message>
        <source>This store is not an offline copy.</source>
        <translation>Kho dữ liệu này không phải là bản sao ngoại tuyến.</translation>
    </message>
</context>
<context>
    <name>hocbaso::sync::SyncService</name>
    <message>
        <source>This store is not an offline copy, so there is nothing to sync.</source>
        <translation>Kho dữ liệu này không phải là bản sao ngoại tuyến nên không có gì để đồng bộ.</translation>
    </message>
    <message>
        <source>This offline copy belongs to %1; only %1 can sync it.</source>
        <translation>Bản sao ngoại tuyến này thuộc về %1; chỉ %1 mới đồng bộ được.</translation>
    </message>
    <message>
        <source>The server cannot be reached; nothing was synced.</source>
        <translation>Không kết nối được máy chủ; chưa đồng bộ gì.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Không kết nối được máy chủ.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Đã hủy đồng bộ.</translation>
    </message>
    <message>
        <source>The connection was lost before the server&apos;s answer arrived.</source>
        <translation>Mất kết nối trước khi nhận được trả lời của máy chủ.</translation>
    </message>
    <message numerus="yes">
        <source>The sync stopped: %1 The %n change(s) not yet answered stay(s) waiting for the next sync.</source>
        <translation>
            <numerusform>Đồng bộ bị dừng: %1 %n thay đổi chưa được máy chủ trả lời vẫn chờ lần đồng bộ sau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::AboutDialog</name>
    <message>
        <source>About Digital school records</source>
        <translation>Giới thiệu Học bạ số</translation>
    </message>
    <message>
        <source>Digital school records</source>
        <translation>Học bạ số</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Phiên bản %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>For officers of education offices: approve school certificates, set the receive and revoke locks, look up and count the digital school records of primary schools, and decide on revocation requests.</source>
        <translation>Dành cho cán bộ cơ quan quản lý giáo dục: duyệt chứng thư số đơn vị của các trường, cấu hình khóa tiếp nhận và khóa thu hồi, tra cứu và thống kê học bạ số của các trường tiểu học, xử lý yêu cầu thu hồi học bạ số.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hỗ trợ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hotline: %1</source>
        <translation>Đường dây nóng: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Thư điện tử: %1</translation>
    </message>
    <message>
        <source>Your office has not set a support contact. An administrator can set it in Settings.</source>
        <translation>Đơn vị chưa đặt thông tin liên hệ hỗ trợ. Quản trị viên có thể đặt trong Cài đặt.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::AccountNames</name>
    <message>
        <source>the account of school %1</source>
        <translation>tài khoản của trường %1</translation>
    </message>
    <message>
        <source>the program itself</source>
        <translation>chương trình (tự động)</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. canbo2</source>
        <translation>chữ thường không dấu và chữ số, ví dụ: canbo2</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>Managing u&amp;nit:</source>
        <translation>Đơn vị &amp;quản lý:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>T&amp;rường:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>at least 8 characters, letters and digits</source>
        <translation>ít nhất 8 ký tự, gồm chữ cái và chữ số</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::Application</name>
    <message>
        <source>Digital school records for education offices.</source>
        <translation>Học bạ số dành cho cơ quan quản lý giáo dục.</translation>
    </message>
    <message>
        <source>Sign in to the database file PATH.</source>
        <translation>Đăng nhập vào tệp cơ sở dữ liệu PATH.</translation>
    </message>
    <message>
        <source>Language of the program: vi or en.</source>
        <translation>Ngôn ngữ của chương trình: vi hoặc en.</translation>
    </message>
    <message>
        <source>Fill in the username NAME.</source>
        <translation>Điền sẵn tên đăng nhập NAME.</translation>
    </message>
    <message>
        <source>--lang must be vi or en.</source>
        <translation>--lang phải là vi hoặc en.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký thao tác</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Thao tác:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Người thực hiện:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>Đố&amp;i tượng:</translation>
    </message>
    <message>
        <source>Object &amp;ID:</source>
        <translation>&amp;Mã đối tượng:</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>mọi thao tác</translation>
    </message>
    <message>
        <source>any object</source>
        <translation>mọi đối tượng</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>tên đăng nhập</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Lọc</translation>
    </message>
    <message>
        <source>Clea&amp;r filters</source>
        <translation>&amp;Xoá bộ lọc</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Kiểm tra chuỗi</translation>
    </message>
    <message>
        <source>Recompute the hash chains of your units&apos; audit log and say whether any event was changed or removed</source>
        <translation>Tính lại chuỗi băm của nhật ký thao tác thuộc các đơn vị của bạn và cho biết có sự kiện nào bị sửa hoặc bị xoá không</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>Xuất &amp;CSV...</translation>
    </message>
    <message>
        <source>Save every event the filters keep as a CSV file</source>
        <translation>Lưu mọi sự kiện theo bộ lọc thành tệp CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>Không có sự kiện nào khớp bộ lọc.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n event(s) shown; scroll down for older ones.</source>
        <translation>
            <numerusform>Đang hiện %n sự kiện mới nhất; cuộn xuống để xem các sự kiện cũ hơn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) match the filters.</source>
        <translation>
            <numerusform>Có %n sự kiện khớp bộ lọc.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the chain...</source>
        <translation>Đang kiểm tra chuỗi...</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Kiểm tra chuỗi</translation>
    </message>
    <message>
        <source>Recomputing the audit log&apos;s hash chains...</source>
        <translation>Đang tính lại chuỗi băm của nhật ký thao tác...</translation>
    </message>
    <message>
        <source>The chain could not be verified: %1</source>
        <translation>Không kiểm tra được chuỗi: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n event(s) checked, each one linked to the one before it and unchanged since it was written.</source>
        <translation>
            <numerusform>Nhật ký thao tác còn nguyên vẹn: đã kiểm tra %n sự kiện, sự kiện nào cũng nối đúng với sự kiện trước nó và không bị sửa từ khi được ghi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was altered: %1. The first bad event is %2; what follows it on its chain cannot be trusted either.</source>
        <translation>Nhật ký thao tác đã bị thay đổi: %1. Sự kiện sai đầu tiên là %2; các sự kiện sau nó trên cùng chuỗi cũng không còn tin cậy được.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving %1...</source>
        <translation>Đang lưu %1...</translation>
    </message>
    <message>
        <source>The file %1 was not written: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) saved to %1.</source>
        <translation>
            <numerusform>Đã lưu %n sự kiện vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Mã đối tượng</translation>
    </message>
    <message>
        <source>Chain / No.</source>
        <translation>Chuỗi / STT</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stopping after the current step...</source>
        <translation>Đang dừng sau bước hiện tại...</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::CertificateDetailView</name>
    <message>
        <source>Choose a certificate in the list to see its fields, its chain, its checks and its history.</source>
        <translation>Chọn một chứng thư số trong danh sách để xem thông tin, chuỗi tin cậy, kết quả kiểm tra và lịch sử xử lý.</translation>
    </message>
    <message>
        <source>Government CA (VGCA)</source>
        <translation>CA chuyên dùng Chính phủ (VGCA)</translation>
    </message>
    <message>
        <source>Licensed public CA</source>
        <translation>CA công cộng được cấp phép</translation>
    </message>
    <message>
        <source>Test (vouches for no school)</source>
        <translation>Thử nghiệm (không dùng cho trường nào)</translation>
    </message>
    <message>
        <source>Every check passes.</source>
        <translation>Đạt tất cả các kiểm tra.</translation>
    </message>
    <message>
        <source>Warnings: %1.</source>
        <translation>Cảnh báo: %1.</translation>
    </message>
    <message>
        <source>Failed checks: %1. Approving needs an explicit confirmation.</source>
        <translation>Không đạt: %1. Muốn duyệt phải xác nhận rõ ràng.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>The checks were not run.</source>
        <translation>Chưa chạy các kiểm tra.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Chứng thư số</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Chủ thể:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Tổ chức cấp:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Số hiệu (serial):</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Hiệu lực:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Khóa:</translation>
    </message>
    <message>
        <source>not stated (any use)</source>
        <translation>không khai báo (dùng cho mọi mục đích)</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>Mục đích sử dụng khóa:</translation>
    </message>
    <message>
        <source>Extended key usage:</source>
        <translation>Mục đích sử dụng mở rộng:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>không khai báo</translation>
    </message>
    <message>
        <source>Policies:</source>
        <translation>Chính sách:</translation>
    </message>
    <message>
        <source>the stored certificate cannot be read</source>
        <translation>không đọc được chứng thư số đã lưu</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Dấu vân tay SHA-256:</translation>
    </message>
    <message>
        <source>Chain of trust</source>
        <translation>Chuỗi tin cậy</translation>
    </message>
    <message>
        <source>No chain was built.</source>
        <translation>Không dựng được chuỗi tin cậy.</translation>
    </message>
    <message>
        <source>this certificate</source>
        <translation>chứng thư số này</translation>
    </message>
    <message>
        <source>trust anchor</source>
        <translation>chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <source>issued the one above</source>
        <translation>cấp cho chứng thư phía trên</translation>
    </message>
    <message>
        <source>Family of the anchor:</source>
        <translation>Nhóm của chứng thư gốc:</translation>
    </message>
    <message>
        <source>The chain does not reach a trust anchor of the trust store.</source>
        <translation>Chuỗi không dẫn tới chứng thư gốc nào trong kho chứng thư gốc tin cậy.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử xử lý</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Đăng ký:</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>bởi %1 lúc %2</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 bởi %2 lúc %3</translation>
    </message>
    <message>
        <source>Replaced by the school&apos;s newer registration #%1 on %2</source>
        <translation>Được thay bằng đăng ký mới hơn #%1 của nhà trường lúc %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Quyết định:</translation>
    </message>
    <message>
        <source>none yet: waiting for approval</source>
        <translation>chưa có: đang chờ duyệt</translation>
    </message>
    <message>
        <source>Revocation:</source>
        <translation>Thu hồi:</translation>
    </message>
    <message>
        <source>Revoked by its certificate authority: the school cannot send records signed with it until a new certificate is approved.</source>
        <translation>Đã bị tổ chức chứng thực (CA) thu hồi: trường không gửi được học bạ ký bằng chứng thư số này cho đến khi chứng thư số mới được duyệt.</translation>
    </message>
    <message>
        <source>Revoked by its certificate authority: it cannot be approved; the school must register a new certificate.</source>
        <translation>Đã bị tổ chức chứng thực (CA) thu hồi: không thể duyệt; trường phải đăng ký chứng thư số mới.</translation>
    </message>
    <message>
        <source>Revoked by its certificate authority.</source>
        <translation>Đã bị tổ chức chứng thực (CA) thu hồi.</translation>
    </message>
    <message>
        <source>revoked by the CA on %1</source>
        <translation>bị CA thu hồi ngày %1</translation>
    </message>
    <message>
        <source>Every check passes, but the chain ends at the test root &quot;%1&quot;: a certificate for rehearsals, not for real records.</source>
        <translation>Đạt tất cả các kiểm tra, nhưng chuỗi kết thúc ở chứng thư gốc thử nghiệm &quot;%1&quot;: chứng thư số này chỉ dùng để diễn tập, không dùng cho học bạ thật.</translation>
    </message>
    <message>
        <source>test root</source>
        <translation>chứng thư gốc thử nghiệm</translation>
    </message>
    <message>
        <source>%1, test root</source>
        <translation>%1, chứng thư gốc thử nghiệm</translation>
    </message>
    <message>
        <source>The chain ends at the test root &quot;%1&quot;: a certificate for rehearsals, not for real records.</source>
        <translation>Chuỗi kết thúc ở chứng thư gốc thử nghiệm &quot;%1&quot;: chứng thư số này chỉ dùng để diễn tập, không dùng cho học bạ thật.</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Được cấp cho:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Tổ chức cấp:</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Số đăng ký:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chuỗi chứng thư số:</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::CertificateReviewPage</name>
    <message>
        <source>Tick the schools&apos; certificates that wait for approval, read their checks beside the list, then approve or reject them. An approved certificate can be revoked later.</source>
        <translation>Tích chọn các chứng thư số của trường đang chờ duyệt, xem kết quả kiểm tra bên cạnh danh sách, rồi duyệt hoặc từ chối. Chứng thư số đã duyệt có thể thu hồi sau.</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Trạn&amp;g thái:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>L&amp;oại:</translation>
    </message>
    <message>
        <source>Name or code, with or without accents</source>
        <translation>Tên hoặc mã trường, có dấu hay không dấu</translation>
    </message>
    <message>
        <source>Trusted r&amp;oots...</source>
        <translation>Chứng thư gốc tin cậ&amp;y...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Tick or untick every certificate in the list that can still be decided</source>
        <translation>Tích hoặc bỏ tích mọi chứng thư số trong danh sách còn có thể xử lý</translation>
    </message>
    <message>
        <source>Show or hide the details of the current certificate</source>
        <translation>Hiện hoặc ẩn chi tiết của chứng thư số đang chọn</translation>
    </message>
    <message>
        <source>Certificate &amp;details</source>
        <translation>&amp;Xem chi tiết</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <source>Re&amp;ject...</source>
        <translation>Từ chố&amp;i...</translation>
    </message>
    <message>
        <source>Re&amp;voke...</source>
        <translation>Th&amp;u hồi...</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Chứng thư số</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Unit seals</source>
        <translation>Chứng thư số đơn vị</translation>
    </message>
    <message>
        <source>Signing accounts</source>
        <translation>Tài khoản ký số</translation>
    </message>
    <message>
        <source>Approve certificates</source>
        <translation>Duyệt chứng thư số</translation>
    </message>
    <message>
        <source>Reject certificates</source>
        <translation>Từ chối chứng thư số</translation>
    </message>
    <message>
        <source>Revoke certificates</source>
        <translation>Thu hồi chứng thư số</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n certificate(s)? The schools can then sign and send records with them.</source>
        <translation>
            <numerusform>Duyệt %n chứng thư số? Sau đó các trường có thể dùng chúng để ký và gửi học bạ số.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them failed checks: you will be asked about each of those.</source>
        <translation>
            <numerusform>Trong đó %n chứng thư số không đạt kiểm tra: chương trình sẽ hỏi lại từng chứng thư.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Tick the approved certificates to revoke first: only an approved certificate can be revoked.</source>
        <translation>Hãy tích chọn các chứng thư số đã duyệt cần thu hồi trước: chỉ thu hồi được chứng thư số đã duyệt.</translation>
    </message>
    <message>
        <source>Approve anyway</source>
        <translation>Vẫn duyệt</translation>
    </message>
    <message numerus="yes">
        <source>Approving %n certificate(s)...</source>
        <translation>
            <numerusform>Đang duyệt %n chứng thư số...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %n certificate(s)...</source>
        <translation>
            <numerusform>Đang từ chối %n chứng thư số...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n certificate(s)...</source>
        <translation>
            <numerusform>Đang thu hồi %n chứng thư số...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n certificate(s): the schools can sign and send records with them.</source>
        <translation>
            <numerusform>Đã duyệt %n chứng thư số: các trường có thể dùng để ký và gửi học bạ số.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n certificate(s); the schools read your reason.</source>
        <translation>
            <numerusform>Đã từ chối %n chứng thư số; các trường sẽ nhận được lý do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n certificate(s): records they sign from now on are refused.</source>
        <translation>
            <numerusform>Đã thu hồi %n chứng thư số: học bạ ký bằng các chứng thư này từ nay sẽ bị từ chối.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped before the end: %n certificate(s) were not decided.</source>
        <translation>
            <numerusform>Đã dừng giữa chừng: %n chứng thư số chưa được xử lý.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) with failed checks stay pending: approving them anyway was not confirmed.</source>
        <translation>
            <numerusform>%n chứng thư số không đạt kiểm tra vẫn ở trạng thái Chờ duyệt: bạn chưa xác nhận duyệt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) could not be decided:</source>
        <translation>
            <numerusform>%n chứng thư số không xử lý được:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>...and %n more.</source>
        <translation>
            <numerusform>...và %n chứng thư số khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n certificate(s) ticked</source>
        <translation>
            <numerusform>Đã chọn %1/%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending: %1, approved: %2, rejected: %3, revoked: %4</source>
        <translation>Chờ duyệt: %1, đã duyệt: %2, từ chối: %3, đã thu hồi: %4</translation>
    </message>
    <message>
        <source>No certificate waits for approval.</source>
        <translation>Không có chứng thư số nào đang chờ duyệt.</translation>
    </message>
    <message>
        <source>No certificates for this choice.</source>
        <translation>Không có chứng thư số nào phù hợp với lựa chọn này.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Load the certificates again (F5)</source>
        <translation>Tải lại danh sách chứng thư số (F5)</translation>
    </message>
    <message>
        <source>The root and intermediate CA certificates that school certificates must chain to</source>
        <translation>Các chứng thư gốc và chứng thư CA trung gian mà chứng thư số của trường phải thuộc chuỗi</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>T&amp;rường:</translation>
    </message>
    <message>
        <source>S&amp;elect all</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>Check re&amp;vocation now</source>
        <translation>&amp;Kiểm tra thu hồi ngay</translation>
    </message>
    <message>
        <source>Check revocation</source>
        <translation>Kiểm tra thu hồi</translation>
    </message>
    <message>
        <source>Asking the certificate authorities...</source>
        <translation>Đang hỏi các tổ chức cung cấp dịch vụ chứng thực...</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) checked with their certificate authorities.</source>
        <translation>
            <numerusform>Đã kiểm tra %n chứng thư số với tổ chức cung cấp dịch vụ chứng thực.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked by their certificate authority: %1.</source>
        <translation>Bị tổ chức cung cấp dịch vụ chứng thực thu hồi: %1.</translation>
    </message>
    <message>
        <source>These addresses could not be used; the answers stored before still count:</source>
        <translation>Không dùng được các địa chỉ sau; các câu trả lời đã lưu trước đó vẫn được sử dụng:</translation>
    </message>
    <message>
        <source>None is revoked.</source>
        <translation>Không chứng thư số nào bị thu hồi.</translation>
    </message>
    <message>
        <source>Ask the certificate authorities now whether the pending and approved certificates were revoked (CRLs and OCSP)</source>
        <translation>Hỏi ngay các tổ chức cung cấp dịch vụ chứng thực xem chứng thư số đang chờ duyệt và đã duyệt có bị thu hồi không (CRL và OCSP)</translation>
    </message>
    <message>
        <source>newest answer kept: %1 old</source>
        <translation>câu trả lời mới nhất đã lưu: cách đây %1</translation>
    </message>
    <message>
        <source>no answer kept yet</source>
        <translation>chưa lưu câu trả lời nào</translation>
    </message>
    <message>
        <source>Offline: revocation is judged from the answers copied at the last sync (%1).</source>
        <translation>Đang làm việc ngoại tuyến: tình trạng thu hồi được đánh giá theo các câu trả lời chép về ở lần đồng bộ gần nhất (%1).</translation>
    </message>
    <message>
        <source>The certificate authorities have not been asked about revocation yet.</source>
        <translation>Chưa hỏi các tổ chức chứng thực về tình trạng thu hồi.</translation>
    </message>
    <message>
        <source>Revocation checked %1 ago</source>
        <translation>Đã kiểm tra thu hồi cách đây %1</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) did not answer</source>
        <translation>
            <numerusform>%n địa chỉ không trả lời</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked by the CA</source>
        <translation>Bị CA thu hồi</translation>
    </message>
    <message numerus="yes">
        <source>%n approved certificate(s) have since been revoked by their certificate authority: those schools cannot send records until a new certificate is approved.</source>
        <translation>
            <numerusform>%n chứng thư số đã duyệt nay đã bị tổ chức cung cấp dịch vụ chứng thực (CA) thu hồi: các trường đó không gửi được học bạ cho đến khi chứng thư số mới được duyệt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Xem các chứng thư số này</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Sắp hết hạn trong %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve and reject act on the ticked pending certificates, revoke on the ticked approved ones; with none ticked, on the highlighted one.</source>
        <translation>Duyệt và Từ chối áp dụng cho các chứng thư số chờ duyệt đã chọn, Thu hồi cho các chứng thư số đã duyệt đã chọn; nếu chưa chọn dòng nào, áp dụng cho dòng đang đánh dấu.</translation>
    </message>
    <message>
        <source>Tick the pending certificates to approve, or highlight one, first.</source>
        <translation>Hãy chọn các chứng thư số chờ duyệt cần duyệt, hoặc đánh dấu một dòng, trước.</translation>
    </message>
    <message>
        <source>Tick the pending certificates to reject, or highlight one, first.</source>
        <translation>Hãy chọn các chứng thư số chờ duyệt cần từ chối, hoặc đánh dấu một dòng, trước.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n certificate(s)</source>
        <translation>
            <numerusform>&amp;Duyệt %n chứng thư số</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;ject (%n)...</source>
        <translation>
            <numerusform>Từ chố&amp;i (%n)...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;voke (%n)...</source>
        <translation>
            <numerusform>Th&amp;u hồi (%n)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the ticked pending certificates (with none ticked, the highlighted one): the schools can then sign records with them</source>
        <translation>Duyệt các chứng thư số chờ duyệt đã chọn (nếu chưa chọn, dòng đang đánh dấu): sau đó nhà trường có thể ký học bạ bằng chứng thư số này</translation>
    </message>
    <message>
        <source>Reject the ticked pending certificates (with none ticked, the highlighted one) with a reason for the school</source>
        <translation>Từ chối các chứng thư số chờ duyệt đã chọn (nếu chưa chọn, dòng đang đánh dấu) kèm lý do gửi nhà trường</translation>
    </message>
    <message>
        <source>Revoke the ticked approved certificates (with none ticked, the highlighted one): for a lost or compromised key or a manager who left. The school can no longer sign with it; this cannot be undone.</source>
        <translation>Thu hồi các chứng thư số đã duyệt đã chọn (nếu chưa chọn, dòng đang đánh dấu): khi mất hoặc lộ khóa, hoặc người quản lý đã chuyển công tác. Nhà trường không thể ký bằng chứng thư số này nữa; không thể hoàn tác.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::CertificateTableModel</name>
    <message>
        <source>Unit seal</source>
        <translation>Chứng thư số đơn vị</translation>
    </message>
    <message>
        <source>Signing account</source>
        <translation>Tài khoản ký số</translation>
    </message>
    <message>
        <source>Signing account: %1 (%2)</source>
        <translation>Tài khoản ký số: %1 (%2)</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Fail (%1)</source>
        <translation>Không đạt (%1)</translation>
    </message>
    <message>
        <source>Warning (%1)</source>
        <translation>Cảnh báo (%1)</translation>
    </message>
    <message>
        <source>Every check passes.</source>
        <translation>Đạt tất cả các kiểm tra.</translation>
    </message>
    <message>
        <source>Registered by %1 on %2</source>
        <translation>Đăng ký bởi %1 lúc %2</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 bởi %2 lúc %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã trường</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Subject (CN)</source>
        <translation>Chủ thể (CN)</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Tổ chức cấp</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>%1, revoked by the CA</source>
        <translation>%1, bị CA thu hồi</translation>
    </message>
    <message>
        <source>Its certificate authority revoked it on %1</source>
        <translation>CA đã thu hồi chứng thư số này ngày %1</translation>
    </message>
    <message>
        <source>according to %1</source>
        <translation>theo %1</translation>
    </message>
    <message>
        <source>The school cannot send records signed with it until a new certificate is approved.</source>
        <translation>Trường không gửi được học bạ ký bằng chứng thư số này cho đến khi chứng thư số mới được duyệt.</translation>
    </message>
    <message>
        <source>Pass (test root)</source>
        <translation>Đạt (gốc thử nghiệm)</translation>
    </message>
    <message>
        <source>! The chain ends at a test root: a certificate for rehearsals, not for real records.</source>
        <translation>! Chuỗi kết thúc ở chứng thư gốc thử nghiệm: chứng thư số chỉ dùng để diễn tập, không dùng cho học bạ thật.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::CommonLockDialog</name>
    <message>
        <source>All schools of the unit</source>
        <translation>Tất cả các trường của đơn vị</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Khối học</translation>
    </message>
    <message>
        <source>Grade 1</source>
        <translation>Khối 1</translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation>Khối 2</translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation>Khối 3</translation>
    </message>
    <message>
        <source>Grade 4</source>
        <translation>Khối 4</translation>
    </message>
    <message>
        <source>Grade 5</source>
        <translation>Khối 5</translation>
    </message>
    <message>
        <source>Tick at least one grade.</source>
        <translation>Hãy tích chọn ít nhất một khối.</translation>
    </message>
    <message>
        <source>Tick &quot;All schools of the unit&quot; or at least one school.</source>
        <translation>Hãy tích chọn &quot;Tất cả các trường của đơn vị&quot; hoặc ít nhất một trường.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Configure the receive lock</source>
        <translation>Cấu hình khóa tiếp nhận</translation>
    </message>
    <message>
        <source>School year %1: from the receive-lock date on, the chosen schools can no longer send records of the chosen grades.</source>
        <translation>Năm học %1: kể từ ngày khóa tiếp nhận, các trường đã chọn không gửi được học bạ của các khối đã chọn.</translation>
    </message>
    <message>
        <source>Receive-lock date:</source>
        <translation>Ngày khóa tiếp nhận:</translation>
    </message>
    <message>
        <source>Configure the revoke lock</source>
        <translation>Cấu hình khóa thu hồi</translation>
    </message>
    <message>
        <source>School year %1: from the revoke-lock date on, the chosen schools can no longer ask to revoke records of the chosen grades.</source>
        <translation>Năm học %1: kể từ ngày khóa thu hồi, các trường đã chọn không gửi được yêu cầu thu hồi học bạ của các khối đã chọn.</translation>
    </message>
    <message>
        <source>Revoke-lock date:</source>
        <translation>Ngày khóa thu hồi:</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::FirstAdminDialog</name>
    <message>
        <source>The first administrator</source>
        <translation>Quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>The new database needs an administrator, who signs in first and then adds the other users. Keep the password safe: nobody can read it back.</source>
        <translation>Cơ sở dữ liệu mới cần một quản trị viên: người này đăng nhập trước rồi thêm các người dùng khác. Hãy giữ mật khẩu cẩn thận: không ai có thể xem lại mật khẩu.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>at least 8 characters, letters and digits</source>
        <translation>ít nhất 8 ký tự, gồm chữ cái và chữ số</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>Quản trị hệ thống</translation>
    </message>
    <message>
        <source>The database %1 could not be created: %2</source>
        <translation>Không tạo được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>Create the database</source>
        <translation>Tạo cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The managing unit</source>
        <translation>Đơn vị quản lý</translation>
    </message>
    <message>
        <source>The office this database serves. Its schools are imported or added right after the first sign-in, in System › Units and schools.</source>
        <translation>Đơn vị mà cơ sở dữ liệu này phục vụ. Danh sách trường được nhập hoặc thêm ngay sau lần đăng nhập đầu tiên, tại Hệ thống › Đơn vị và trường học.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <source>Unit &amp;code:</source>
        <translation>&amp;Mã đơn vị:</translation>
    </message>
    <message>
        <source>e.g. SGD79</source>
        <translation>ví dụ SGD79</translation>
    </message>
    <message>
        <source>Unit &amp;name:</source>
        <translation>Tê&amp;n đơn vị:</translation>
    </message>
    <message>
        <source>e.g. Sở GD&amp;ĐT Thành phố Hồ Chí Minh</source>
        <translation>ví dụ Sở GD&amp;ĐT Thành phố Hồ Chí Minh</translation>
    </message>
    <message>
        <source>Code of its &amp;Sở:</source>
        <translation>Mã &amp;Sở cấp trên:</translation>
    </message>
    <message>
        <source>Name of its S&amp;ở:</source>
        <translation>Tên S&amp;ở cấp trên:</translation>
    </message>
    <message>
        <source>e.g. XA07</source>
        <translation>ví dụ XA07</translation>
    </message>
    <message>
        <source>e.g. UBND xã An Bình</source>
        <translation>ví dụ UBND xã An Bình</translation>
    </message>
    <message>
        <source>Enter the code of the managing unit (the code the sector database gives it).</source>
        <translation>Hãy nhập mã đơn vị quản lý (mã do cơ sở dữ liệu ngành cấp).</translation>
    </message>
    <message>
        <source>Enter the name of the managing unit.</source>
        <translation>Hãy nhập tên đơn vị quản lý.</translation>
    </message>
    <message>
        <source>Enter the code of the Sở above the commune.</source>
        <translation>Hãy nhập mã của Sở cấp trên của xã.</translation>
    </message>
    <message>
        <source>The commune and its Sở need two different codes.</source>
        <translation>Xã và Sở cấp trên phải có hai mã khác nhau.</translation>
    </message>
    <message>
        <source>Enter the name of the Sở above the commune.</source>
        <translation>Hãy nhập tên của Sở cấp trên của xã.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::LockSettingsModel</name>
    <message>
        <source>Grade %1</source>
        <translation>Khối %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Not saved yet: press Save to apply it.</source>
        <translation>Chưa lưu: nhấn nút Lưu để áp dụng.</translation>
    </message>
    <message>
        <source>Not saved yet: the school&apos;s own date is removed and the unit-wide date applies again when you press Save.</source>
        <translation>Chưa lưu: ngày riêng của trường sẽ bị xóa và ngày chung của đơn vị được áp dụng lại khi nhấn nút Lưu.</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the date; its lowest value &quot;—&quot; clears it.</source>
        <translation>Kích đúp hoặc nhấn F2 để sửa ngày; chọn giá trị thấp nhất &quot;—&quot; để xóa ngày.</translation>
    </message>
    <message>
        <source>School / grade</source>
        <translation>Trường / khối</translation>
    </message>
    <message>
        <source>Receive lock</source>
        <translation>Khóa tiếp nhận</translation>
    </message>
    <message>
        <source>Receive lock set by</source>
        <translation>Khóa tiếp nhận theo</translation>
    </message>
    <message>
        <source>Revoke lock</source>
        <translation>Khóa thu hồi</translation>
    </message>
    <message>
        <source>Revoke lock set by</source>
        <translation>Khóa thu hồi theo</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Chưa đặt</translation>
    </message>
    <message numerus="yes">
        <source>%n different date(s)</source>
        <translation>
            <numerusform>%n ngày khác nhau</numerusform>
        </translation>
    </message>
    <message>
        <source>Differs by grade</source>
        <translation>Khác nhau theo khối</translation>
    </message>
    <message>
        <source>Receive lock by grade:</source>
        <translation>Khóa tiếp nhận theo khối:</translation>
    </message>
    <message>
        <source>Revoke lock by grade:</source>
        <translation>Khóa thu hồi theo khối:</translation>
    </message>
    <message>
        <source>Grade %1: %2</source>
        <translation>Khối %1: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::LockSettingsPage</name>
    <message>
        <source>Set the receive-lock and revoke-lock dates of digital school records: for all or some schools and grades at once, or school by school and grade by grade. After the receive-lock date a school can no longer send records; after the revoke-lock date it can no longer ask to revoke one.</source>
        <translation>Cấu hình ngày khóa tiếp nhận và ngày khóa thu hồi học bạ số: cấu hình chung cho tất cả hoặc một số trường, khối học cùng lúc (Cách 1), hoặc cấu hình chi tiết cho từng trường, từng khối (Cách 2). Sau ngày khóa tiếp nhận, nhà trường không gửi được học bạ; sau ngày khóa thu hồi, nhà trường không gửi được yêu cầu thu hồi học bạ.</translation>
    </message>
    <message>
        <source>School year:</source>
        <translation>Năm học:</translation>
    </message>
    <message>
        <source>Configure receive lock...</source>
        <translation>Cấu hình khóa tiếp nhận...</translation>
    </message>
    <message>
        <source>One receive-lock date for all or some schools and grades at once.</source>
        <translation>Cấu hình chung một ngày khóa tiếp nhận cho tất cả hoặc một số trường, khối học cùng lúc (Cách 1).</translation>
    </message>
    <message>
        <source>Configure revoke lock...</source>
        <translation>Cấu hình khóa thu hồi...</translation>
    </message>
    <message>
        <source>One revoke-lock date for all or some schools and grades at once.</source>
        <translation>Cấu hình chung một ngày khóa thu hồi cho tất cả hoặc một số trường, khối học cùng lúc (Cách 1).</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Xóa ngày</translation>
    </message>
    <message>
        <source>Removes the school&apos;s own date in the selected cell, so the unit-wide date applies again.</source>
        <translation>Xóa ngày riêng của trường tại ô đang chọn để áp dụng lại ngày chung của đơn vị.</translation>
    </message>
    <message>
        <source>Use unit setting</source>
        <translation>Áp dụng cấu hình chung</translation>
    </message>
    <message>
        <source>Returns the selected school, or the selected grade of a school, to the unit-wide setting.</source>
        <translation>Đưa trường đang chọn, hoặc khối đang chọn của một trường, về cấu hình chung của đơn vị.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Hủy thay đổi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Changed dates are marked with * and are not saved until you press Save.</source>
        <translation>Các ngày đã sửa được đánh dấu * và chỉ được lưu khi nhấn nút Lưu.</translation>
    </message>
    <message>
        <source>Unsaved lock dates</source>
        <translation>Ngày khóa chưa ghi</translation>
    </message>
    <message numerus="yes">
        <source>You changed the lock dates of %n grade(s) without saving them. Save them now?</source>
        <translation>
            <numerusform>Bạn đã sửa ngày khóa của %n khối nhưng chưa ghi. Ghi ngay bây giờ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the unsaved lock dates? If not, you stay on this page with them.</source>
        <translation>Bỏ các ngày khóa chưa ghi? Nếu không, bạn vẫn ở lại trang này cùng các thay đổi đó.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Save lock dates</source>
        <translation>Lưu ngày khóa</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Chưa ghi dữ liệu.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the lock dates of %n grade(s).</source>
        <translation>
            <numerusform>Đã ghi ngày khóa của %n khối.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lock dates were saved.</source>
        <translation>Đã ghi ngày khóa.</translation>
    </message>
    <message>
        <source>Remove the own lock dates of %1 for every grade, so that the unit-wide dates apply?</source>
        <translation>Xóa ngày khóa riêng của %1 ở mọi khối để áp dụng ngày khóa chung của đơn vị?</translation>
    </message>
    <message>
        <source>Remove the own lock dates of %1 for grade %2, so that the unit-wide dates apply?</source>
        <translation>Xóa ngày khóa riêng của %1 ở khối %2 để áp dụng ngày khóa chung của đơn vị?</translation>
    </message>
    <message>
        <source>%1 now follows the unit-wide lock dates.</source>
        <translation>%1 đã trở lại áp dụng ngày khóa chung của đơn vị.</translation>
    </message>
    <message>
        <source>Select the receive-lock or revoke-lock date to clear.</source>
        <translation>Hãy chọn ngày khóa tiếp nhận hoặc ngày khóa thu hồi cần xóa.</translation>
    </message>
    <message>
        <source>This date is not the school&apos;s own, so there is nothing to clear.</source>
        <translation>Ngày này không phải ngày riêng của trường nên không có gì để xóa.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::LoginDialog</name>
    <message>
        <source>Digital school records</source>
        <translation>Học bạ số</translation>
    </message>
    <message>
        <source>Primary education management: sign in to continue</source>
        <translation>Quản lý giáo dục Tiểu học: đăng nhập để tiếp tục</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>Phân &amp;hệ:</translation>
    </message>
    <message>
        <source>Where the data is</source>
        <translation>Nơi lưu dữ liệu</translation>
    </message>
    <message>
        <source>&amp;This computer (database file)</source>
        <translation>Máy tính này (tệp cơ sở &amp;dữ liệu)</translation>
    </message>
    <message>
        <source>Central ser&amp;ver (PostgreSQL)</source>
        <translation>&amp;Máy chủ trung tâm (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Tệ&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Chọn...</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Má&amp;y chủ:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Cổn&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ &amp;sở dữ liệu:</translation>
    </message>
    <message>
        <source>Encr&amp;yption (TLS):</source>
        <translation>Mã &amp;hóa (TLS):</translation>
    </message>
    <message>
        <source>&amp;Authority certificate:</source>
        <translation>Chứng thư số C&amp;A:</translation>
    </message>
    <message>
        <source>Optional: the server&apos;s CA file</source>
        <translation>Không bắt buộc: tệp chứng thư số CA của máy chủ</translation>
    </message>
    <message>
        <source>Br&amp;owse...</source>
        <translation>&amp;Chọn...</translation>
    </message>
    <message>
        <source>Sign-in details</source>
        <translation>Thông tin đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Managing unit edition (Education Office)</source>
        <translation>Quản lý Phòng GD&amp;ĐT</translation>
    </message>
    <message>
        <source>School edition</source>
        <translation>Nhà trường</translation>
    </message>
    <message>
        <source>Verify the certificate and the server name (verify-full)</source>
        <translation>Xác minh chứng thư số và tên máy chủ (verify-full)</translation>
    </message>
    <message>
        <source>Verify the certificate only (verify-ca)</source>
        <translation>Chỉ xác minh chứng thư số (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt, do not verify (require)</source>
        <translation>Mã hóa, không xác minh (require)</translation>
    </message>
    <message>
        <source>Encrypt when the server can (prefer)</source>
        <translation>Mã hóa nếu máy chủ hỗ trợ (prefer)</translation>
    </message>
    <message>
        <source>Do not encrypt (disable)</source>
        <translation>Không mã hóa (disable)</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Chọn tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Choose the certificate of the server&apos;s authority</source>
        <translation>Chọn chứng thư số của tổ chức chứng thực (CA) cấp cho máy chủ</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Chứng thư số (*.crt *.pem *.cer);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>&amp;Keep the password in this computer&apos;s keychain</source>
        <translation>&amp;Lưu mật khẩu trong kho khóa của máy tính này</translation>
    </message>
    <message>
        <source>The password is kept by the operating system&apos;s keychain, never in the program&apos;s settings. Leave this off on a shared computer.</source>
        <translation>Mật khẩu được lưu trong kho khóa của hệ điều hành, không bao giờ trong phần cài đặt của chương trình. Không chọn mục này trên máy tính dùng chung.</translation>
    </message>
    <message>
        <source>hotline %1</source>
        <translation>đường dây nóng %1</translation>
    </message>
    <message>
        <source>email %1</source>
        <translation>thư điện tử %1</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>Hỗ trợ: %1</translation>
    </message>
    <message>
        <source>&amp;Read replica:</source>
        <translation>Bản sa&amp;o chỉ đọc:</translation>
    </message>
    <message>
        <source>Optional: a read-only replica of the server</source>
        <translation>Không bắt buộc: một bản sao chỉ đọc của máy chủ</translation>
    </message>
    <message>
        <source>Lookups, record details, lists and statistics are read from this streaming replica; every change still goes to the server above.</source>
        <translation>Tra cứu, chi tiết học bạ, danh sách và thống kê được đọc từ bản sao streaming này; mọi thay đổi vẫn gửi về máy chủ ở trên.</translation>
    </message>
    <message>
        <source>Rep&amp;lica port:</source>
        <translation>Cổng b&amp;ản sao:</translation>
    </message>
    <message>
        <source>Caps Lock is on: letters are typed as capitals.</source>
        <translation>Phím Caps Lock đang bật: chữ gõ vào sẽ là chữ in hoa.</translation>
    </message>
    <message>
        <source>&amp;Connection settings...</source>
        <translation>Thiết lập kết &amp;nối...</translation>
    </message>
    <message>
        <source>Where the data is: a database file on this computer or a central server, with its encryption (TLS) and authority certificate.</source>
        <translation>Nơi lưu dữ liệu: tệp cơ sở dữ liệu trên máy tính này hoặc máy chủ trung tâm, kèm chế độ mã hóa (TLS) và chứng thư số CA của máy chủ.</translation>
    </message>
    <message>
        <source>Not set up yet: choose a database file or a server.</source>
        <translation>Chưa thiết lập kết nối: hãy chọn tệp cơ sở dữ liệu hoặc máy chủ.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>Tệp dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::MainWindow</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Hệ thống</translation>
    </message>
    <message>
        <source>&amp;6. Digital school records</source>
        <translation>&amp;6. Học bạ số</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>&amp;Người dùng...</translation>
    </message>
    <message>
        <source>Add, list and disable the users of the program (administrators)</source>
        <translation>Thêm, xem danh sách và vô hiệu hóa người dùng của chương trình (dành cho quản trị viên)</translation>
    </message>
    <message>
        <source>S&amp;ettings...</source>
        <translation>&amp;Cài đặt...</translation>
    </message>
    <message>
        <source>Idle sign-out and support contact (administrators)</source>
        <translation>Tự động đăng xuất khi không sử dụng và thông tin hỗ trợ (dành cho quản trị viên)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Close every page and return to the sign-in window</source>
        <translation>Đóng mọi trang và quay về cửa sổ đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;About Digital school records</source>
        <translation>&amp;Giới thiệu Học bạ số</translation>
    </message>
    <message>
        <source>Digital school records</source>
        <translation>Học bạ số</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>tất cả đơn vị</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>User: %1 (%2, %3)</source>
        <translation>Người dùng: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>&amp;Trusted root certificates...</source>
        <translation>Chứng thư gốc tin cậ&amp;y...</translation>
    </message>
    <message>
        <source>The CA certificates that school certificates must chain to (administrators add them)</source>
        <translation>Các chứng thư CA mà chứng thư số của trường phải thuộc chuỗi (quản trị viên bổ sung)</translation>
    </message>
    <message>
        <source>Trusted root certificates</source>
        <translation>Chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <source>Work &amp;offline...</source>
        <translation>&amp;Làm việc ngoại tuyến...</translation>
    </message>
    <message>
        <source>Download your unit&apos;s data to this computer and work on it without the server; sync when you are back</source>
        <translation>Tải dữ liệu của đơn vị về máy này để làm việc không cần máy chủ; đồng bộ khi có mạng trở lại</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Làm việc ngoại tuyến</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Đồng &amp;bộ</translation>
    </message>
    <message>
        <source>Send the changes made offline to the server and bring this copy up to date</source>
        <translation>Gửi các thay đổi đã làm ngoại tuyến lên máy chủ và cập nhật bản sao này</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Offline copy: %1</source>
        <translation>Bản sao ngoại tuyến: %1</translation>
    </message>
    <message>
        <source>Units and &amp;schools...</source>
        <translation>Đơn vị và &amp;trường học...</translation>
    </message>
    <message>
        <source>The managing units and their schools: add, move, close, import school lists (administrators)</source>
        <translation>Các đơn vị quản lý và trường trực thuộc: thêm, chuyển, đóng, nhập danh sách trường (quản trị viên)</translation>
    </message>
    <message>
        <source>Units and schools</source>
        <translation>Đơn vị và trường học</translation>
    </message>
    <message>
        <source>Store: %1, reading from the replica %2</source>
        <translation>Kho dữ liệu: %1, đọc từ bản sao %2</translation>
    </message>
    <message>
        <source>Read replica: %1</source>
        <translation>Bản sao chỉ đọc: %1</translation>
    </message>
    <message>
        <source>Read replica %1 s behind the server</source>
        <translation>Bản sao chỉ đọc chậm hơn máy chủ %1 giây</translation>
    </message>
    <message>
        <source>Lists and statistics may not show others&apos; latest changes yet; your own changes are always shown.</source>
        <translation>Danh sách và thống kê có thể chưa hiện các thay đổi mới nhất của người khác; thay đổi của chính bạn luôn được hiện.</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>&amp;Sao lưu...</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Khôi phục...</translation>
    </message>
    <message>
        <source>Only administrators and officers back up or restore the store: a copy holds every person&apos;s data.</source>
        <translation>Chỉ quản trị viên và cán bộ mới được sao lưu hoặc khôi phục cơ sở dữ liệu: bản sao chứa dữ liệu của mọi người.</translation>
    </message>
    <message>
        <source>Copy the store into a file, for example on a USB drive</source>
        <translation>Sao chép cơ sở dữ liệu ra một tệp, ví dụ trên ổ USB</translation>
    </message>
    <message>
        <source>Put a backup copy in the place of the store</source>
        <translation>Đặt một bản sao lưu vào chỗ của cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>Bản sao lưu (*.sqlite);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The backup did not run.</source>
        <translation>Việc sao lưu đã không chạy.</translation>
    </message>
    <message>
        <source>Copying the store into %1...</source>
        <translation>Đang sao chép cơ sở dữ liệu vào %1...</translation>
    </message>
    <message>
        <source>The backup was stopped: no copy was written.</source>
        <translation>Việc sao lưu đã dừng: không có bản sao nào được ghi.</translation>
    </message>
    <message>
        <source>The store was copied into %1 (%2).</source>
        <translation>Đã sao chép cơ sở dữ liệu vào %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The copy&apos;s audit log was verified: its %n event(s) are intact.</source>
        <translation>
            <numerusform>Đã kiểm tra nhật ký kiểm toán của bản sao: %n sự kiện còn nguyên vẹn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the copy&apos;s audit log does NOT verify, so the store&apos;s own log is damaged. Keep this copy and earlier ones, and tell your administrator.</source>
        <translation>Cảnh báo: nhật ký kiểm toán của bản sao KHÔNG hợp lệ, tức là nhật ký của chính cơ sở dữ liệu đã bị hỏng. Hãy giữ bản sao này và các bản trước đó, rồi báo cho quản trị viên.</translation>
    </message>
    <message>
        <source>Keep the copy somewhere safe: it holds the personal data of every pupil and user. System &gt; Restore brings the store back to this copy.</source>
        <translation>Hãy cất bản sao ở nơi an toàn: bản sao chứa dữ liệu cá nhân của mọi học sinh và người dùng. Hệ thống &gt; Khôi phục đưa cơ sở dữ liệu trở về đúng bản sao này.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Choose the backup copy to restore</source>
        <translation>Chọn bản sao lưu cần khôi phục</translation>
    </message>
    <message>
        <source>The check did not run.</source>
        <translation>Việc kiểm tra đã không chạy.</translation>
    </message>
    <message>
        <source>Checking the copy %1...</source>
        <translation>Đang kiểm tra bản sao %1...</translation>
    </message>
    <message>
        <source>Restoring puts this copy in the place of the store %1: what was done after the copy was made is no longer in it. The current store is kept beside it as %2.before-restore-&lt;date-time&gt;. You are signed out now, and sign in again on the restored store.</source>
        <translation>Khôi phục sẽ đặt bản sao này vào chỗ của cơ sở dữ liệu %1: những gì đã làm sau khi tạo bản sao sẽ không còn trong đó. Cơ sở dữ liệu hiện tại được giữ lại bên cạnh dưới tên %2.before-restore-&lt;ngày-giờ&gt;. Phiên làm việc sẽ được đăng xuất ngay; sau đó đăng nhập lại vào cơ sở dữ liệu đã khôi phục.</translation>
    </message>
    <message>
        <source>This is an offline copy: the next sync brings it up to date with the server.</source>
        <translation>Đây là bản sao ngoại tuyến: lần đồng bộ tiếp theo sẽ cập nhật nó theo máy chủ.</translation>
    </message>
    <message>
        <source>Restore this copy?</source>
        <translation>Khôi phục bản sao này?</translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation>Nhật &amp;ký thao tác...</translation>
    </message>
    <message>
        <source>Who did what and when, within your units: filter, verify the chain, export (administrators and officers)</source>
        <translation>Ai đã làm gì và khi nào, trong các đơn vị của bạn: lọc, kiểm tra chuỗi, xuất tệp (quản trị viên và cán bộ)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký thao tác</translation>
    </message>
    <message>
        <source>Updated %1 after another officer&apos;s change</source>
        <translation>Đã cập nhật lúc %1 theo thay đổi của cán bộ khác</translation>
    </message>
    <message>
        <source>Live updates on</source>
        <translation>Đang cập nhật trực tiếp</translation>
    </message>
    <message>
        <source>Decisions that other officers of the unit make appear here by themselves.</source>
        <translation>Các quyết định của cán bộ khác trong đơn vị được tự động hiển thị tại đây.</translation>
    </message>
    <message>
        <source>DEMO DATA: the schools, pupils and records of this store are made up, for trying the program out. Do not enter real data here.</source>
        <translation>DỮ LIỆU MẪU: các trường, học sinh và học bạ trong cơ sở dữ liệu này là dữ liệu giả lập để dùng thử chương trình. Không nhập dữ liệu thật vào đây.</translation>
    </message>
    <message>
        <source>Packing record content</source>
        <translation>Thu gọn dữ liệu học bạ</translation>
    </message>
    <message>
        <source>Making the store smaller: %1%</source>
        <translation>Đang thu gọn kho dữ liệu: %1%</translation>
    </message>
    <message>
        <source>Record content is being packed to take less disk space. You can go on working; if you sign out, it goes on from here next time.</source>
        <translation>Nội dung học bạ đang được nén để chiếm ít dung lượng đĩa hơn. Bạn vẫn làm việc bình thường; nếu đăng xuất, lần sau chương trình sẽ làm tiếp từ chỗ đã dừng.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::MoveDialog</name>
    <message>
        <source>Move school %1</source>
        <translation>Chuyển trường %1</translation>
    </message>
    <message>
        <source>Move unit %1</source>
        <translation>Chuyển đơn vị %1</translation>
    </message>
    <message>
        <source>%1 keeps its pupils, records, certificates, requests and history. From the move on, the officers of the new unit manage it and its lock dates come from the new unit.</source>
        <translation>%1 giữ nguyên học sinh, học bạ, chứng thư số, yêu cầu và lịch sử. Kể từ khi chuyển, cán bộ của đơn vị mới quản lý trường và thời hạn khóa lấy theo đơn vị mới.</translation>
    </message>
    <message>
        <source>%1 keeps its schools and users; it then stands under the unit chosen here.</source>
        <translation>%1 giữ nguyên các trường và người dùng; sau khi chuyển, đơn vị trực thuộc đơn vị được chọn ở đây.</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Chuyển đến:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Chuyển</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::OrganisationDialog</name>
    <message numerus="yes">
        <source>%n unit(s), </source>
        <translation>
            <numerusform>%n đơn vị, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s)</source>
        <translation>
            <numerusform>%n trường</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no managing unit yet. Start with “Add unit...”: the Sở or the commune this program manages.</source>
        <translation>Chưa có đơn vị quản lý nào. Hãy bắt đầu bằng “Thêm đơn vị...”: Sở hoặc xã mà chương trình này quản lý.</translation>
    </message>
    <message>
        <source>There is no school yet. Import the list of schools from a CSV or Excel file with “Import school list...”, or add schools one by one with “Add school...”. Then make the accounts of the unit&apos;s officers with “Add account...”.</source>
        <translation>Chưa có trường nào. Hãy nhập danh sách trường từ tệp CSV hoặc Excel bằng “Nhập danh sách trường...”, hoặc thêm từng trường bằng “Thêm trường...”. Sau đó tạo tài khoản cho cán bộ của đơn vị bằng “Tạo tài khoản...”.</translation>
    </message>
    <message>
        <source>&amp;Edit school...</source>
        <translation>&amp;Sửa thông tin trường...</translation>
    </message>
    <message>
        <source>&amp;Move school...</source>
        <translation>C&amp;huyển trường...</translation>
    </message>
    <message>
        <source>C&amp;lose school...</source>
        <translation>Đó&amp;ng trường...</translation>
    </message>
    <message>
        <source>&amp;Rename unit...</source>
        <translation>Đổ&amp;i tên đơn vị...</translation>
    </message>
    <message>
        <source>&amp;Move unit...</source>
        <translation>C&amp;huyển đơn vị...</translation>
    </message>
    <message>
        <source>C&amp;lose unit...</source>
        <translation>Đó&amp;ng đơn vị...</translation>
    </message>
    <message>
        <source>Close school</source>
        <translation>Đóng trường</translation>
    </message>
    <message>
        <source>Close %1 (%2)? Its records and history are kept and stay searchable, but it can no longer send records or register certificates, and it cannot be opened again.</source>
        <translation>Đóng %1 (%2)? Học bạ và lịch sử của trường được giữ lại và vẫn tra cứu được, nhưng trường không thể gửi học bạ hay đăng ký chứng thư số nữa và không thể mở lại.</translation>
    </message>
    <message>
        <source>Close the school</source>
        <translation>Đóng trường</translation>
    </message>
    <message>
        <source>Close unit</source>
        <translation>Đóng đơn vị</translation>
    </message>
    <message>
        <source>Close %1 (%2)? Its history is kept, but no school or unit can be added under it, and it cannot be opened again.</source>
        <translation>Đóng %1 (%2)? Lịch sử của đơn vị được giữ lại, nhưng không thể thêm trường hay đơn vị trực thuộc và không thể mở lại.</translation>
    </message>
    <message>
        <source>Close the unit</source>
        <translation>Đóng đơn vị</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>The account %1 was created.</source>
        <translation>Đã tạo tài khoản %1.</translation>
    </message>
    <message>
        <source>Units and schools</source>
        <translation>Đơn vị và trường học</translation>
    </message>
    <message>
        <source>Filter by name or code (accents optional)</source>
        <translation>Lọc theo tên hoặc mã (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>Add &amp;unit...</source>
        <translation>Thêm đơn &amp;vị...</translation>
    </message>
    <message>
        <source>Add &amp;school...</source>
        <translation>Thêm &amp;trường...</translation>
    </message>
    <message>
        <source>Add &amp;account...</source>
        <translation>Tạo tài &amp;khoản...</translation>
    </message>
    <message>
        <source>Create the account of an officer of the selected unit, or of the selected school&apos;s own user</source>
        <translation>Tạo tài khoản cho cán bộ của đơn vị đang chọn, hoặc tài khoản của chính trường đang chọn</translation>
    </message>
    <message>
        <source>&amp;Import school list...</source>
        <translation>Nhập &amp;danh sách trường...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng cửa sổ</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::OrganisationModel</name>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::Page</name>
    <message>
        <source>6.1 Approve school certificates</source>
        <translation>6.1. Duyệt chứng thư số đơn vị</translation>
    </message>
    <message>
        <source>6.2 Receive and revoke locks</source>
        <translation>6.2. Cấu hình tiếp nhận, thu hồi học bạ số</translation>
    </message>
    <message>
        <source>6.3 Look up records</source>
        <translation>6.3. Tra cứu học bạ số</translation>
    </message>
    <message>
        <source>6.4 Record statistics</source>
        <translation>6.4. Thống kê học bạ số</translation>
    </message>
    <message>
        <source>6.5 Revocation requests</source>
        <translation>6.5. Quản lý yêu cầu thu hồi</translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation>Không có quyền thực hiện.</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Việc cần làm</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::ProgressChart</name>
    <message numerus="yes">
        <source>Other schools (%n)</source>
        <translation>
            <numerusform>Các trường khác (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Sent: %2 (%3)&lt;br&gt;Confirmed, not sent: %4&lt;br&gt;Not confirmed: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Đã gửi: %2 (%3)&lt;br&gt;Đã xác nhận, chưa gửi: %4&lt;br&gt;Chưa xác nhận: %5</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Confirmed, not sent</source>
        <translation>Đã xác nhận, chưa gửi</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Chưa xác nhận</translation>
    </message>
    <message>
        <source>No schools to show.</source>
        <translation>Không có trường nào để hiển thị.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::ProgressTableModel</name>
    <message>
        <source>Grade %1</source>
        <translation>Khối %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>%1 (%2): click to see its grades</source>
        <translation>%1 (%2): kích để xem chi tiết theo khối</translation>
    </message>
    <message>
        <source>Below %1% sent</source>
        <translation>Tỷ lệ đã gửi dưới %1%</translation>
    </message>
    <message>
        <source>Records of the school year: one per pupil enrolled</source>
        <translation>Số học bạ của năm học: mỗi học sinh đang học có một học bạ</translation>
    </message>
    <message>
        <source>Confirmed complete and signed by the school (sent ones included)</source>
        <translation>Đã xác nhận hoàn thành và được nhà trường ký số (kể cả học bạ đã gửi)</translation>
    </message>
    <message>
        <source>Sent to the managing unit</source>
        <translation>Đã gửi lên đơn vị quản lý</translation>
    </message>
    <message>
        <source>Expected minus sent</source>
        <translation>Tổng số học bạ trừ số đã gửi</translation>
    </message>
    <message>
        <source>Sent as a share of expected</source>
        <translation>Tỷ lệ số học bạ đã gửi trên tổng số học bạ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã trường</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Khối</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Tổng số học bạ</translation>
    </message>
    <message>
        <source>Confirmed complete</source>
        <translation>Đã xác nhận hoàn thành</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>% sent</source>
        <translation>Tỷ lệ đã gửi (%)</translation>
    </message>
    <message>
        <source>%1: double-click to see its schools</source>
        <translation>%1: nhấp đúp để xem các trường</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Received records whose signatures failed the verification on receipt</source>
        <translation>Học bạ đã tiếp nhận có chữ ký không đạt khi kiểm tra</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Chữ ký không hợp lệ</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::RecordDetailView</name>
    <message>
        <source>Select a record in the list to see its content, its versions and its signatures.</source>
        <translation>Chọn một học bạ trong danh sách để xem nội dung, các phiên bản và chữ ký số.</translation>
    </message>
    <message>
        <source>The content of this record cannot be shown: %1</source>
        <translation>Không hiển thị được nội dung học bạ này: %1</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>Personal ID:</source>
        <translation>Số định danh cá nhân:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Trường:</translation>
    </message>
    <message>
        <source>School code:</source>
        <translation>Mã trường:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Lớp:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Khối:</translation>
    </message>
    <message>
        <source>School year:</source>
        <translation>Năm học:</translation>
    </message>
    <message>
        <source>Homeroom teacher:</source>
        <translation>Giáo viên chủ nhiệm:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Lookup code:</source>
        <translation>Mã tra cứu:</translation>
    </message>
    <message>
        <source>Subjects and educational activities</source>
        <translation>Môn học và hoạt động giáo dục</translation>
    </message>
    <message>
        <source>Subject or activity</source>
        <translation>Môn học/Hoạt động giáo dục</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Mức đạt được</translation>
    </message>
    <message>
        <source>Periodic test scores</source>
        <translation>Điểm kiểm tra định kì</translation>
    </message>
    <message>
        <source>Mid-term 1</source>
        <translation>Giữa học kì I</translation>
    </message>
    <message>
        <source>End of term 1</source>
        <translation>Cuối học kì I</translation>
    </message>
    <message>
        <source>Mid-term 2</source>
        <translation>Giữa học kì II</translation>
    </message>
    <message>
        <source>End of year</source>
        <translation>Cuối năm học</translation>
    </message>
    <message>
        <source>Rating: T = completed well, H = completed, C = not completed.</source>
        <translation>Mức đạt được: T = Hoàn thành tốt, H = Hoàn thành, C = Chưa hoàn thành.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức đạt được</translation>
    </message>
    <message>
        <source>Qualities and competencies</source>
        <translation>Phẩm chất và năng lực</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Phẩm chất chủ yếu</translation>
    </message>
    <message>
        <source>General competency</source>
        <translation>Năng lực chung</translation>
    </message>
    <message>
        <source>Specific competency</source>
        <translation>Năng lực đặc thù</translation>
    </message>
    <message>
        <source>Year-end result</source>
        <translation>Kết quả cuối năm</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>Commendation:</source>
        <translation>Khen thưởng:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Promoted:</source>
        <translation>Được lên lớp:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment:</source>
        <translation>Nhận xét của giáo viên:</translation>
    </message>
    <message>
        <source>Versions and signatures</source>
        <translation>Phiên bản và chữ ký số</translation>
    </message>
    <message>
        <source>The record has no confirmed version yet.</source>
        <translation>Học bạ chưa có phiên bản nào được xác nhận.</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Phiên bản %1: %2</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(hiện hành)</translation>
    </message>
    <message>
        <source>confirmed %1</source>
        <translation>xác nhận lúc %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gửi lúc %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>thu hồi lúc %1</translation>
    </message>
    <message>
        <source>No signatures.</source>
        <translation>Chưa có chữ ký số.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Thời điểm ký</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Certificate when signing</source>
        <translation>Chứng thư số khi ký</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Không hợp lệ: %1</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>chưa duyệt</translation>
    </message>
    <message>
        <source>The current version is not signed yet.</source>
        <translation>Phiên bản hiện hành chưa được ký số.</translation>
    </message>
    <message numerus="yes">
        <source>All %n signature(s) of the current version are valid.</source>
        <translation>
            <numerusform>Các chữ ký số của phiên bản hiện hành (%n) đều hợp lệ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 signature is not valid: %2</source>
        <translation>Chữ ký số (%1) không hợp lệ: %2</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <source>Invalid signature: %1.</source>
        <translation>Chữ ký không hợp lệ: %1.</translation>
    </message>
    <message>
        <source>The signatures could not be verified: %1.</source>
        <translation>Không kiểm tra được chữ ký: %1.</translation>
    </message>
    <message>
        <source>(Verified on receipt on %1 by %2.)</source>
        <translation>(Đã kiểm tra khi tiếp nhận lúc %1, người kiểm tra: %2.)</translation>
    </message>
    <message>
        <source>Signing certificates:</source>
        <translation>Chứng thư số đã dùng để ký:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Certificate subject</source>
        <translation>Chủ thể của chứng thư số</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::RecordLookupModel</name>
    <message>
        <source>No store is open.</source>
        <translation>Chưa mở cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1, born %2, %3</source>
        <translation>%1, sinh ngày %2, %3</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation>Số định danh cá nhân</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Khối</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Lookup code</source>
        <translation>Mã tra cứu</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <source>Every signature of this version was verified.</source>
        <translation>Mọi chữ ký của phiên bản này đã được kiểm tra và hợp lệ.</translation>
    </message>
    <message>
        <source>Invalid signature: %1</source>
        <translation>Chữ ký không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Not verifiable</source>
        <translation>Không kiểm tra được</translation>
    </message>
    <message>
        <source>The signatures could not be verified: %1</source>
        <translation>Không kiểm tra được chữ ký: %1</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Chữ ký</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::RecordLookupPage</name>
    <message>
        <source>Find a pupil&apos;s digital school records by name, personal identification number, school or lookup code (UUID).</source>
        <translation>Tra cứu học bạ số của học sinh theo họ tên, số định danh cá nhân, trường hoặc mã tra cứu học bạ số (UUID).</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Họ &amp;và tên:</translation>
    </message>
    <message>
        <source>e.g. Nguyen Van An (accents optional)</source>
        <translation>ví dụ: Nguyễn Văn An (có thể gõ không dấu)</translation>
    </message>
    <message>
        <source>&amp;Personal ID:</source>
        <translation>Số định &amp;danh cá nhân:</translation>
    </message>
    <message>
        <source>12 digits, or at least the first 6</source>
        <translation>12 chữ số, hoặc ít nhất 6 chữ số đầu</translation>
    </message>
    <message>
        <source>UUID, e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301</source>
        <translation>UUID, ví dụ: 3f2504e0-4f89-11d3-9a0c-0305e82c3301</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>Nă&amp;m học:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Khối:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Trạn&amp;g thái:</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Xóa điều kiện</translation>
    </message>
    <message>
        <source>Export P&amp;DF...</source>
        <translation>Xuất &amp;PDF...</translation>
    </message>
    <message>
        <source>Pr&amp;int...</source>
        <translation>&amp;In...</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Tất cả các trường</translation>
    </message>
    <message>
        <source>All school years</source>
        <translation>Tất cả các năm học</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Tất cả các khối</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Khối %1</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Học bạ</translation>
    </message>
    <message>
        <source>class %1, %2</source>
        <translation>lớp %1, năm học %2</translation>
    </message>
    <message>
        <source>Type a name, a personal ID or a lookup code, or choose a school; press Enter to look up.</source>
        <translation>Nhập họ tên, số định danh cá nhân hoặc mã tra cứu, hoặc chọn trường; nhấn Enter để tra cứu.</translation>
    </message>
    <message>
        <source>No record matches.</source>
        <translation>Không tìm thấy học bạ phù hợp.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n học bạ</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Open a record first.</source>
        <translation>Hãy mở một học bạ trước.</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>Chưa ghi được tệp PDF: %1</translation>
    </message>
    <message>
        <source>The record was saved as %1.</source>
        <translation>Đã lưu học bạ thành tệp %1.</translation>
    </message>
    <message>
        <source>Export the record as PDF</source>
        <translation>Xuất học bạ ra tệp PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the record</source>
        <translation>In học bạ</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <source>The record was sent to the printer.</source>
        <translation>Đã gửi học bạ tới máy in.</translation>
    </message>
    <message>
        <source>Loo&amp;kup code:</source>
        <translation>Mã tra &amp;cứu:</translation>
    </message>
    <message>
        <source>Look &amp;up</source>
        <translation>Tr&amp;a cứu</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>T&amp;rường:</translation>
    </message>
    <message>
        <source>Invalid signature only</source>
        <translation>Chữ ký không hợp lệ</translation>
    </message>
    <message>
        <source>Records whose signatures failed the verification on receipt</source>
        <translation>Học bạ có chữ ký không đạt khi kiểm tra lúc tiếp nhận</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>The verification did not run.</source>
        <translation>Việc kiểm tra chữ ký đã không chạy.</translation>
    </message>
    <message>
        <source>Signature verification</source>
        <translation>Kiểm tra chữ ký</translation>
    </message>
    <message>
        <source>Verifying received signatures: %1 of %2</source>
        <translation>Đang kiểm tra chữ ký học bạ đã tiếp nhận: %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n received record(s) have an invalid signature; tick &quot;Invalid signature only&quot; to list them.</source>
        <translation>
            <numerusform>%n học bạ đã tiếp nhận có chữ ký không hợp lệ; đánh dấu ô &quot;Chữ ký không hợp lệ&quot; để xem danh sách.</numerusform>
        </translation>
    </message>
    <message>
        <source>At least %1 records found; counting...</source>
        <translation>Tìm thấy ít nhất %1 học bạ; đang đếm...</translation>
    </message>
    <message>
        <source>Record &amp;details</source>
        <translation>Xem &amp;học bạ</translation>
    </message>
    <message>
        <source>Show or hide the record of the current line</source>
        <translation>Hiện hoặc ẩn học bạ của dòng đang chọn</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::RejectNoteDialog</name>
    <message>
        <source>Reject revocation requests</source>
        <translation>Từ chối yêu cầu thu hồi</translation>
    </message>
    <message>
        <source>For example: the record is correct; the class list shows the same marks.</source>
        <translation>Ví dụ: học bạ đã chính xác; sổ theo dõi của lớp có cùng kết quả.</translation>
    </message>
    <message>
        <source>%1 characters: at most %2.</source>
        <translation>%1 ký tự: tối đa %2 ký tự.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Từ chối</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n revocation request(s)? The records stay sent, and the school reads your note.</source>
        <translation>
            <numerusform>Từ chối %n yêu cầu thu hồi? Các học bạ vẫn ở trạng thái đã gửi và nhà trường sẽ nhận được ghi chú của bạn.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Note for the school (required): why is the request refused?</source>
        <translation>&amp;Ghi chú gửi nhà trường (bắt buộc): vì sao yêu cầu bị từ chối?</translation>
    </message>
    <message>
        <source>Reject certificates</source>
        <translation>Từ chối chứng thư số</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n certificate(s)? The schools cannot sign records with them, and they read your reason.</source>
        <translation>
            <numerusform>Từ chối %n chứng thư số? Các trường sẽ không thể dùng chúng để ký học bạ số và sẽ nhận được lý do của bạn.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason for the school (required): what is wrong with the certificate?</source>
        <translation>&amp;Lý do gửi nhà trường (bắt buộc): chứng thư số sai ở đâu?</translation>
    </message>
    <message>
        <source>For example: the certificate does not carry the school&apos;s name; register the school&apos;s own seal.</source>
        <translation>Ví dụ: chứng thư số không mang tên nhà trường; đề nghị đăng ký chứng thư số đơn vị của chính nhà trường.</translation>
    </message>
    <message>
        <source>Revoke certificates</source>
        <translation>Thu hồi chứng thư số</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Th&amp;u hồi</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n approved certificate(s)? Records signed with them from now on are refused; records signed before keep their approval.</source>
        <translation>
            <numerusform>Thu hồi %n chứng thư số đã duyệt? Học bạ ký bằng các chứng thư này từ nay sẽ bị từ chối; học bạ đã ký trước đó vẫn được công nhận.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason (required): why is the certificate revoked?</source>
        <translation>&amp;Lý do (bắt buộc): vì sao thu hồi chứng thư số?</translation>
    </message>
    <message>
        <source>For example: the school reported its USB token lost; the key may be compromised.</source>
        <translation>Ví dụ: nhà trường báo mất USB token; khóa bí mật có thể đã bị lộ.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::ReminderDialog</name>
    <message>
        <source>Remind schools - %1</source>
        <translation>Đôn đốc các trường - Năm học %1</translation>
    </message>
    <message>
        <source>Call the contact person of each school, then create the reminder letter: one page per ticked school, with its figures. Each letter is logged.</source>
        <translation>Liên hệ người phụ trách của từng trường, sau đó tạo công văn đôn đốc: mỗi trường được chọn một trang, kèm số liệu của trường. Mỗi lần gửi công văn đều được ghi nhật ký.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Last reminded</source>
        <translation>Đôn đốc lần cuối</translation>
    </message>
    <message>
        <source>e.g. 125/PGDĐT-TH; empty: filled in by hand</source>
        <translation>VD: 125/PGDĐT-TH; để trống: văn thư ghi tay</translation>
    </message>
    <message>
        <source>e.g. Hà Nội</source>
        <translation>VD: Hà Nội</translation>
    </message>
    <message>
        <source>Letter &amp;number:</source>
        <translation>&amp;Số công văn:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>Create &amp;letter (PDF)...</source>
        <translation>Tạo &amp;công văn (PDF)...</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n time(s))</source>
        <translation>
            <numerusform>%1 (%n lần)</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Chưa đôn đốc</translation>
    </message>
    <message>
        <source>Create reminder letter</source>
        <translation>Tạo công văn đôn đốc</translation>
    </message>
    <message>
        <source>Tick at least one school.</source>
        <translation>Hãy chọn ít nhất một trường.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1...</source>
        <translation>Đang lưu %1...</translation>
    </message>
    <message>
        <source>Cannot replace %1: it may be open in another program.</source>
        <translation>Không thay thế được %1: có thể tệp đang được mở bằng chương trình khác.</translation>
    </message>
    <message>
        <source>The reminders were logged, but %1 could not be written.</source>
        <translation>Đã ghi nhật ký đôn đốc, nhưng không ghi được tệp %1.</translation>
    </message>
    <message numerus="yes">
        <source>The letter for %n school(s) was saved to %1 and the reminders were logged.</source>
        <translation>
            <numerusform>Đã lưu công văn đôn đốc %n trường vào %1 và ghi nhật ký đôn đốc.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::RevocationReviewPage</name>
    <message>
        <source>Choose a school and a grade, tick the pupils, then approve or reject the school&apos;s requests to revoke records that it has already sent.</source>
        <translation>Chọn trường, khối và tích chọn học sinh, sau đó duyệt hoặc từ chối yêu cầu thu hồi học bạ số mà nhà trường đã gửi lên.</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Khối:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Trạn&amp;g thái:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Tick or untick every pending request in the list</source>
        <translation>Tích chọn hoặc bỏ chọn mọi yêu cầu chờ duyệt trong danh sách</translation>
    </message>
    <message>
        <source>Show or hide the record of the current request</source>
        <translation>Hiện hoặc ẩn học bạ của yêu cầu đang chọn</translation>
    </message>
    <message>
        <source>Record &amp;details</source>
        <translation>&amp;Xem học bạ</translation>
    </message>
    <message>
        <source>Re&amp;ject...</source>
        <translation>Từ chố&amp;i...</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Học bạ</translation>
    </message>
    <message>
        <source>Choose a request in the list to see its record and the record&apos;s version history.</source>
        <translation>Chọn một yêu cầu trong danh sách để xem học bạ và lịch sử phiên bản của học bạ.</translation>
    </message>
    <message>
        <source>Personal ID:</source>
        <translation>Số định danh cá nhân:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Trường:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Lớp:</translation>
    </message>
    <message>
        <source>Lookup code:</source>
        <translation>Mã tra cứu:</translation>
    </message>
    <message>
        <source>Record status:</source>
        <translation>Trạng thái học bạ:</translation>
    </message>
    <message>
        <source>Year-end result:</source>
        <translation>Kết quả cuối năm:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Lịch sử phiên bản</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Tất cả các khối</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Khối %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Tất cả các trường</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;School&apos;s reason:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Lý do của nhà trường:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Requested on %1 by %2</source>
        <translation>Gửi yêu cầu lúc %1, người gửi: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; by %2 on %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (người xử lý %2, lúc %3)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for your decision.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Đang chờ đơn vị xử lý.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, grade %2, school year %3</source>
        <translation>%1, khối %2, năm học %3</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, phiên bản %2</translation>
    </message>
    <message>
        <source>%1 (%2): valid</source>
        <translation>%1 (%2): hợp lệ</translation>
    </message>
    <message>
        <source>%1 (%2): not valid, %3</source>
        <translation>%1 (%2): không hợp lệ, %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n hợp lệ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 not valid</source>
        <translation>%1/%2 không hợp lệ</translation>
    </message>
    <message>
        <source>Version %1 carries no signatures.</source>
        <translation>Phiên bản %1 không có chữ ký số.</translation>
    </message>
    <message>
        <source>Signatures of version %1:</source>
        <translation>Chữ ký số của phiên bản %1:</translation>
    </message>
    <message>
        <source>Approve revocation requests</source>
        <translation>Duyệt yêu cầu thu hồi</translation>
    </message>
    <message>
        <source>Reject revocation requests</source>
        <translation>Từ chối yêu cầu thu hồi</translation>
    </message>
    <message numerus="yes">
        <source>Approving %n request(s)...</source>
        <translation>
            <numerusform>Đang duyệt %n yêu cầu...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %n request(s)...</source>
        <translation>
            <numerusform>Đang từ chối %n yêu cầu...</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision did not run.</source>
        <translation>Chưa thực hiện được việc xử lý.</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n request(s): the records went back to their schools.</source>
        <translation>
            <numerusform>Đã duyệt %n yêu cầu: các học bạ đã được trả về nhà trường.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n request(s): the records stay sent.</source>
        <translation>
            <numerusform>Đã từ chối %n yêu cầu: các học bạ vẫn ở trạng thái đã gửi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped before the end: %n request(s) were not decided and are still pending.</source>
        <translation>
            <numerusform>Đã dừng giữa chừng: %n yêu cầu chưa được xử lý và vẫn đang chờ duyệt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) could not be decided:</source>
        <translation>
            <numerusform>%n yêu cầu không xử lý được:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>...and %n more.</source>
        <translation>
            <numerusform>...và %n yêu cầu khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pending request(s) ticked</source>
        <translation>
            <numerusform>Đã chọn %1/%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending: %1, approved: %2, rejected: %3</source>
        <translation>Chờ duyệt: %1, đã duyệt: %2, đã từ chối: %3</translation>
    </message>
    <message>
        <source>No pending revocation requests for this school and grade.</source>
        <translation>Trường và khối này không có yêu cầu thu hồi nào đang chờ duyệt.</translation>
    </message>
    <message>
        <source>No revocation requests for this choice.</source>
        <translation>Không có yêu cầu thu hồi nào phù hợp.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Load the requests again (F5)</source>
        <translation>Tải lại danh sách yêu cầu (F5)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Ngày xác nhận</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ngày thu hồi</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>T&amp;rường:</translation>
    </message>
    <message>
        <source>S&amp;elect all</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>The buttons act on the ticked requests, or with none ticked on the highlighted one. Agreeing sends the records back to their schools; rejecting keeps them sent and needs a note.</source>
        <translation>Các nút áp dụng cho các yêu cầu đã chọn, hoặc nếu chưa chọn, cho dòng đang đánh dấu. Đồng ý thu hồi sẽ trả học bạ về nhà trường; từ chối thì học bạ vẫn ở trạng thái đã gửi và cần ghi lý do.</translation>
    </message>
    <message>
        <source>&amp;Agree to revoke</source>
        <translation>Đồng ý &amp;thu hồi</translation>
    </message>
    <message numerus="yes">
        <source> and %n other school(s)</source>
        <translation>
            <numerusform> và %n trường khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Agree to revoke sent records</source>
        <translation>Đồng ý thu hồi học bạ đã gửi</translation>
    </message>
    <message>
        <source>Tick the requests to decide, or highlight one, first.</source>
        <translation>Hãy chọn các yêu cầu cần xử lý, hoặc đánh dấu một dòng, trước.</translation>
    </message>
    <message numerus="yes">
        <source>Agree to revoke %n sent record(s)?</source>
        <translation>
            <numerusform>Đồng ý thu hồi %n học bạ đã gửi?</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1.</source>
        <translation>Của: %1.</translation>
    </message>
    <message>
        <source>The records go back to their schools, which correct them, confirm them and send them again. This cannot be undone.</source>
        <translation>Học bạ sẽ được trả về nhà trường để chỉnh sửa, xác nhận và gửi lại. Không thể hoàn tác thao tác này.</translation>
    </message>
    <message numerus="yes">
        <source>Agree to revoke (%n)</source>
        <translation>
            <numerusform>Đồng ý thu hồi (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Agree to revoke (%n)</source>
        <translation>
            <numerusform>Đồng ý &amp;thu hồi (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;ject (%n)...</source>
        <translation>
            <numerusform>Từ chố&amp;i (%n)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Agree to the ticked requests (with none ticked, the highlighted one): the records go back to their schools</source>
        <translation>Đồng ý các yêu cầu đã chọn (nếu chưa chọn, dòng đang đánh dấu): học bạ được trả về nhà trường</translation>
    </message>
    <message>
        <source>Reject the ticked requests (with none ticked, the highlighted one) with a note for the school</source>
        <translation>Từ chối các yêu cầu đã chọn (nếu chưa chọn, dòng đang đánh dấu) kèm lý do gửi nhà trường</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Thông tin kỹ thuật</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::RevocationTableModel</name>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 (người xử lý %2, lúc %3)</translation>
    </message>
    <message>
        <source>%1, personal ID %2</source>
        <translation>%1, số định danh cá nhân %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Lookup code</source>
        <translation>Mã tra cứu</translation>
    </message>
    <message>
        <source>School&apos;s reason</source>
        <translation>Lý do của nhà trường</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Thời gian gửi yêu cầu</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Người gửi yêu cầu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Ghi chú xử lý</translation>
    </message>
    <message>
        <source>The school&apos;s account</source>
        <translation>Tài khoản nhà trường</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::SchoolFormDialog</name>
    <message>
        <source>e.g. Trường Tiểu học An Bình</source>
        <translation>ví dụ Trường Tiểu học An Bình</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Thêm trường</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã trường:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên trường:</translation>
    </message>
    <message>
        <source>&amp;Managing unit:</source>
        <translation>Đơn vị &amp;quản lý:</translation>
    </message>
    <message>
        <source>&amp;Ownership:</source>
        <translation>&amp;Loại hình:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>Mã số t&amp;huế:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>Add the school</source>
        <translation>Thêm trường</translation>
    </message>
    <message>
        <source>School %1</source>
        <translation>Trường %1</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Mã trường:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Lan (vice principal)</source>
        <translation>VD: Nguyễn Thị Lan (phó hiệu trưởng)</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>&amp;Người phụ trách:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện t&amp;hoại:</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::SchoolImportDialog</name>
    <message>
        <source>Import a school list</source>
        <translation>Nhập danh sách trường</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8) or an Excel workbook (.xlsx) with the columns Mã trường, Tên trường, Đơn vị quản lý and Loại hình (and, if you have them, Mã số thuế and Địa chỉ). Nothing is written until you press Import.</source>
        <translation>Tệp CSV (UTF-8) hoặc sổ tính Excel (.xlsx) có các cột Mã trường, Tên trường, Đơn vị quản lý và Loại hình (và nếu có, Mã số thuế và Địa chỉ). Chưa có gì được ghi cho đến khi bấm Nhập.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Chưa chọn tệp.</translation>
    </message>
    <message>
        <source>&amp;Choose file...</source>
        <translation>&amp;Chọn tệp...</translation>
    </message>
    <message>
        <source>Every line</source>
        <translation>Tất cả các dòng</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Choose the school list</source>
        <translation>Chọn tệp danh sách trường</translation>
    </message>
    <message>
        <source>School lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Danh sách trường (*.csv *.xlsx);;Tệp CSV (*.csv);;Sổ tính Excel (*.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation>Đang đọc tệp...</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Đang đọc %1...</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Đã hủy việc đọc tệp.</translation>
    </message>
    <message numerus="yes">
        <source>%n new school(s), </source>
        <translation>
            <numerusform>%n trường mới, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>%n cập nhật, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without change, </source>
        <translation>
            <numerusform>%n không thay đổi, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>%n bị từ chối.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the refused lines in the file and choose it again: nothing is imported while a line is refused.</source>
        <translation>Hãy sửa các dòng bị từ chối trong tệp rồi chọn lại tệp: khi còn dòng bị từ chối thì không dòng nào được nhập.</translation>
    </message>
    <message>
        <source>The store already holds this list: there is nothing to import.</source>
        <translation>Dữ liệu đã có đúng danh sách này: không có gì cần nhập.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n school(s)</source>
        <translation>
            <numerusform>&amp;Nhập %n trường</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n school(s)...</source>
        <translation>
            <numerusform>Đang nhập %n trường...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The school list was imported: %n new school(s)</source>
        <translation>
            <numerusform>Đã nhập danh sách trường: %n trường mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n updated.</source>
        <translation>
            <numerusform> và %n trường được cập nhật.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::SchoolImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Không thay đổi</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>School code</source>
        <translation>Mã trường</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Tên trường</translation>
    </message>
    <message>
        <source>Managing unit</source>
        <translation>Đơn vị quản lý</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::SessionController</name>
    <message>
        <source>You have signed out. Sign in again to continue.</source>
        <translation>Bạn đã đăng xuất. Hãy đăng nhập lại để tiếp tục.</translation>
    </message>
    <message>
        <source>You were signed out because the program was not used for %1 minutes.</source>
        <translation>Bạn đã được đăng xuất do không sử dụng chương trình trong %1 phút.</translation>
    </message>
    <message>
        <source>The demo database is ready. Every demo account&apos;s password is %1.</source>
        <translation>Cơ sở dữ liệu mẫu đã sẵn sàng. Mật khẩu của mọi tài khoản mẫu là %1.</translation>
    </message>
    <message>
        <source>The new database is ready. Sign in as its administrator to add the other users.</source>
        <translation>Cơ sở dữ liệu mới đã sẵn sàng. Hãy đăng nhập bằng tài khoản quản trị viên để thêm các người dùng khác.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address and your username and password, as your administrator gave them.</source>
        <translation>Hãy nhập địa chỉ máy chủ, tên đăng nhập và mật khẩu do quản trị viên cung cấp.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n thay đổi chờ đồng bộ</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>đồng bộ lần cuối %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Làm việc ngoại tuyến</translation>
    </message>
    <message>
        <source>Offline copies are made for the officers and viewers of a managing unit.</source>
        <translation>Bản sao ngoại tuyến dành cho cán bộ và người xem của một đơn vị quản lý.</translation>
    </message>
    <message>
        <source>The file %1 is the offline copy of %2.</source>
        <translation>Tệp %1 là bản sao ngoại tuyến của %2.</translation>
    </message>
    <message>
        <source>This computer has an offline copy of %1 (%2). Work on it now? Sync it when you are back online, so that the server gets your changes.</source>
        <translation>Máy này đã có bản sao ngoại tuyến của %1 (%2). Làm việc trên bản sao này ngay bây giờ? Khi có mạng trở lại, hãy đồng bộ để máy chủ nhận được các thay đổi của bạn.</translation>
    </message>
    <message>
        <source>Download the data of %1 to this computer (%2) and work offline? Decisions and lock dates you change there reach the server when you sync.</source>
        <translation>Tải dữ liệu của %1 về máy này (%2) để làm việc ngoại tuyến? Các quyết định và ngày khóa bạn thay đổi trên bản sao sẽ được gửi lên máy chủ khi đồng bộ.</translation>
    </message>
    <message>
        <source>The download did not run.</source>
        <translation>Việc tải về chưa chạy.</translation>
    </message>
    <message>
        <source>Downloading your unit: %1 of %2 rows...</source>
        <translation>Đang tải dữ liệu của đơn vị: %1 / %2 dòng...</translation>
    </message>
    <message>
        <source>Downloading the data of %1...</source>
        <translation>Đang tải dữ liệu của %1...</translation>
    </message>
    <message>
        <source>The download was stopped. Choose Work offline again to continue where it stopped.</source>
        <translation>Đã dừng tải về. Chọn Làm việc ngoại tuyến lần nữa để tải tiếp từ chỗ đã dừng.</translation>
    </message>
    <message numerus="yes">
        <source>You are working offline on a copy of %n record(s) of %1 school(s). Your decisions wait on this computer until you sync.</source>
        <translation>
            <numerusform>Bạn đang làm việc ngoại tuyến trên bản sao gồm %n học bạ của %1 trường. Các quyết định của bạn được lưu trên máy này cho đến khi đồng bộ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>The sync did not run.</source>
        <translation>Việc đồng bộ chưa chạy.</translation>
    </message>
    <message>
        <source>Sending your changes: %1 of %2...</source>
        <translation>Đang gửi các thay đổi của bạn: %1 / %2...</translation>
    </message>
    <message>
        <source>Receiving the server&apos;s changes: %1 row(s)...</source>
        <translation>Đang nhận các thay đổi từ máy chủ: %1 dòng...</translation>
    </message>
    <message>
        <source>Downloading your unit again: %1 of %2 rows...</source>
        <translation>Đang tải lại dữ liệu của đơn vị: %1 / %2 dòng...</translation>
    </message>
    <message>
        <source>Syncing with the server...</source>
        <translation>Đang đồng bộ với máy chủ...</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>The restore did not run.</source>
        <translation>Việc khôi phục đã không chạy.</translation>
    </message>
    <message>
        <source>Restoring the copy %1...</source>
        <translation>Đang khôi phục bản sao %1...</translation>
    </message>
    <message>
        <source>The store was restored from the backup copy. Sign in again to continue.</source>
        <translation>Cơ sở dữ liệu đã được khôi phục từ bản sao lưu. Hãy đăng nhập lại để tiếp tục.</translation>
    </message>
    <message>
        <source>The store was not changed. Sign in again to continue.</source>
        <translation>Cơ sở dữ liệu không bị thay đổi. Hãy đăng nhập lại để tiếp tục.</translation>
    </message>
    <message>
        <source>The restore was stopped: the store was not changed.</source>
        <translation>Việc khôi phục đã dừng: cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <source>Sign out after &amp;inactivity of:</source>
        <translation>Tự động đăng xuất sau khi &amp;không sử dụng:</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Thông tin hỗ trợ</translation>
    </message>
    <message>
        <source>&amp;Hotline:</source>
        <translation>&amp;Hotline:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>&quot;%1&quot; không phải là địa chỉ email hợp lệ.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> phút</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::SignInHelp</name>
    <message>
        <source>The password just typed has letters with diacritics: the Vietnamese input method (Unikey, EVKey) is probably on. Switch it to English (E) and type the password again.</source>
        <translation>Mật khẩu vừa gõ có chữ có dấu: có thể bộ gõ tiếng Việt (Unikey, EVKey) đang bật. Hãy chuyển bộ gõ sang chế độ tiếng Anh (E) rồi gõ lại mật khẩu.</translation>
    </message>
    <message>
        <source>Check that Caps Lock is off: passwords tell capital letters from small ones.</source>
        <translation>Kiểm tra phím Caps Lock đã tắt chưa: mật khẩu phân biệt chữ in hoa và chữ thường.</translation>
    </message>
    <message>
        <source>Check the Vietnamese input method (Unikey, EVKey): with Telex or VNI, &quot;aa&quot; becomes &quot;â&quot; and &quot;a1&quot; becomes &quot;á&quot;. Switch it to English (E) while typing the password.</source>
        <translation>Kiểm tra bộ gõ tiếng Việt (Unikey, EVKey): khi gõ kiểu Telex hoặc VNI, &quot;aa&quot; sẽ thành &quot;â&quot;, &quot;a1&quot; sẽ thành &quot;á&quot;. Hãy chuyển bộ gõ sang chế độ tiếng Anh (E) khi gõ mật khẩu.</translation>
    </message>
    <message>
        <source>Forgotten password: the administrator of your unit resets it.</source>
        <translation>Trường hợp quên mật khẩu: liên hệ Quản trị viên của đơn vị để được đặt lại mật khẩu.</translation>
    </message>
    <message>
        <source>Forgotten password: the administrator of your unit resets it (support: %1).</source>
        <translation>Trường hợp quên mật khẩu: liên hệ Quản trị viên của đơn vị để được đặt lại mật khẩu (hỗ trợ: %1).</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::StandardButtons</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::StatisticsPage</name>
    <message>
        <source>Follow the progress of the schools of your unit: how many records are confirmed complete, sent and not yet sent.</source>
        <translation>Theo dõi tiến độ học bạ số của các trường trực thuộc: số học bạ đã xác nhận hoàn thành, đã gửi và chưa gửi.</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>Nă&amp;m học:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Khối:</translation>
    </message>
    <message>
        <source>&amp;Highlight schools below:</source>
        <translation>Đánh &amp;dấu trường có tỷ lệ gửi dưới:</translation>
    </message>
    <message>
        <source>Schools that sent less than this share of their records get a red background; 0 turns the marking off</source>
        <translation>Các trường có tỷ lệ học bạ đã gửi thấp hơn mức này được tô nền đỏ; chọn 0 để tắt đánh dấu</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Click a school in the table or a bar of the chart to see its grades 1 to 5.</source>
        <translation>Kích vào một trường trong bảng hoặc một cột của biểu đồ để xem chi tiết các khối 1 đến 5.</translation>
    </message>
    <message>
        <source>Records per school</source>
        <translation>Số học bạ theo trường</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Xuất:</translation>
    </message>
    <message>
        <source>Save the table as an Excel workbook (.xlsx)</source>
        <translation>Lưu bảng thành tệp Excel (.xlsx)</translation>
    </message>
    <message>
        <source>E&amp;xcel (.xlsx)...</source>
        <translation>E&amp;xcel (.xlsx)...</translation>
    </message>
    <message>
        <source>Save the table as comma-separated values (.csv, UTF-8)</source>
        <translation>Lưu bảng thành tệp CSV (giá trị phân tách bằng dấu phẩy, UTF-8)</translation>
    </message>
    <message>
        <source>&amp;CSV...</source>
        <translation>&amp;CSV...</translation>
    </message>
    <message>
        <source>Save the table and the chart as a PDF file (A4 landscape)</source>
        <translation>Lưu bảng và biểu đồ thành tệp PDF (khổ A4 nằm ngang)</translation>
    </message>
    <message>
        <source>P&amp;DF...</source>
        <translation>&amp;PDF...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;In...</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Các khối</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Tất cả các khối</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Khối %1</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n school(s)</source>
        <translation>
            <numerusform>Tổng cộng: %n trường</numerusform>
        </translation>
    </message>
    <message>
        <source>Grades of %1</source>
        <translation>Các khối của %1</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) below</source>
        <translation>
            <numerusform>%n trường dưới ngưỡng</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; sent of %2 expected (%3); %4 confirmed complete; %5 not sent.</source>
        <translation>Đã gửi &lt;b&gt;%1&lt;/b&gt;/%2 học bạ (%3); %4 đã xác nhận hoàn thành; %5 chưa gửi.</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Updated %2</source>
        <translation>%1&lt;br&gt;Cập nhật lúc %2</translation>
    </message>
    <message>
        <source>progress-%1</source>
        <comment>suggested file name; keep it ASCII, without spaces</comment>
        <translation>tien-do-hoc-ba-%1</translation>
    </message>
    <message>
        <source>-grade-%1</source>
        <comment>suggested file name; keep it ASCII, without spaces</comment>
        <translation>-khoi-%1</translation>
    </message>
    <message>
        <source>Export statistics to Excel</source>
        <translation>Xuất thống kê ra tệp Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export statistics to CSV</source>
        <translation>Xuất thống kê ra tệp CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export statistics to PDF</source>
        <translation>Xuất thống kê ra tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving %1...</source>
        <translation>Đang lưu %1...</translation>
    </message>
    <message>
        <source>Cannot replace %1: it may be open in another program.</source>
        <translation>Không thay thế được %1: có thể tệp đang được mở bằng chương trình khác.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>The statistics were saved to %1.</source>
        <translation>Đã lưu thống kê vào %1.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>In ngày %1</translation>
    </message>
    <message>
        <source>Schools below %1% sent are shaded.</source>
        <translation>Các trường có tỷ lệ đã gửi dưới %1% được tô nền.</translation>
    </message>
    <message>
        <source>Print statistics</source>
        <translation>In thống kê</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Load the numbers again (F5)</source>
        <translation>Tải lại số liệu (F5)</translation>
    </message>
    <message>
        <source>Print the table</source>
        <translation>In bảng</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Lên trên</translation>
    </message>
    <message>
        <source>Back to the unit above (Alt+Up)</source>
        <translation>Về đơn vị cấp trên (Alt+Up)</translation>
    </message>
    <message>
        <source>Double-click a unit (or press Enter) to see its schools.</source>
        <translation>Nhấp đúp vào một đơn vị (hoặc nhấn Enter) để xem các trường.</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n unit(s)</source>
        <translation>
            <numerusform>Tổng: %n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>Records per unit</source>
        <translation>Học bạ theo đơn vị</translation>
    </message>
    <message>
        <source>Double-click a unit to see its schools, then click a school to see its grades 1 to 5.</source>
        <translation>Nhấp đúp vào một đơn vị để xem các trường, rồi nhấp vào một trường để xem các khối lớp 1 đến 5.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) below</source>
        <translation>
            <numerusform>%n đơn vị dưới ngưỡng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;mind (%n)...</source>
        <translation>
            <numerusform>Đô&amp;n đốc (%n)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Remind the lagging schools with an official letter: the schools selected in the table (Ctrl+click), or else those marked below the share</source>
        <translation>Đôn đốc các trường chậm tiến độ bằng công văn: các trường đang chọn trong bảng (Ctrl+nhấp chuột), nếu không chọn thì các trường được đánh dấu dưới ngưỡng</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::SyncReportDialog</name>
    <message>
        <source>Approve revocation request #%1</source>
        <translation>Duyệt yêu cầu thu hồi #%1</translation>
    </message>
    <message>
        <source>Reject revocation request #%1</source>
        <translation>Từ chối yêu cầu thu hồi #%1</translation>
    </message>
    <message>
        <source>Approve certificate #%1</source>
        <translation>Duyệt chứng thư số #%1</translation>
    </message>
    <message>
        <source>Reject certificate #%1</source>
        <translation>Từ chối chứng thư số #%1</translation>
    </message>
    <message>
        <source>Revoke certificate #%1</source>
        <translation>Thu hồi chứng thư số #%1</translation>
    </message>
    <message>
        <source>Set lock dates</source>
        <translation>Đặt ngày khóa</translation>
    </message>
    <message>
        <source>Clear a school&apos;s lock dates</source>
        <translation>Xóa ngày khóa riêng của trường</translation>
    </message>
    <message>
        <source>Sync result</source>
        <translation>Kết quả đồng bộ</translation>
    </message>
    <message>
        <source>The server was restored or upgraded, so your unit was downloaded again.</source>
        <translation>Máy chủ đã được khôi phục hoặc nâng cấp nên dữ liệu của đơn vị đã được tải lại.</translation>
    </message>
    <message>
        <source>Every change you made offline was applied.</source>
        <translation>Mọi thay đổi bạn làm khi ngoại tuyến đã được áp dụng.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your changes could not be applied: somebody decided first, or the rules refused them.</source>
        <translation>
            <numerusform>%n thay đổi của bạn không được áp dụng: đã có người quyết định trước, hoặc bị quy định từ chối.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Thay đổi của bạn</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Decided first by %1</source>
        <translation>%1 đã quyết định trước</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Máy chủ từ chối</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) to the server.</source>
        <translation>
            <numerusform>Đã gửi %n thay đổi lên máy chủ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n row(s) from it.</source>
        <translation>
            <numerusform>Đã nhận %n dòng dữ liệu từ máy chủ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::TechnicalDetailsPane</name>
    <message>
        <source>Technical details</source>
        <translation>Thông tin kỹ thuật</translation>
    </message>
    <message>
        <source>Hide the serial numbers, full names and codes</source>
        <translation>Ẩn số hiệu (serial), tên đầy đủ và các mã</translation>
    </message>
    <message>
        <source>Show the serial numbers, full names and codes</source>
        <translation>Hiện số hiệu (serial), tên đầy đủ và các mã</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::TodoPage</name>
    <message>
        <source>To-do on %1</source>
        <translation>Việc cần làm ngày %1</translation>
    </message>
    <message>
        <source>Certificates waiting for approval</source>
        <translation>Chứng thư số chờ duyệt</translation>
    </message>
    <message numerus="yes">
        <source>Approved certificates expiring within %n day(s)</source>
        <translation>
            <numerusform>Chứng thư số đã duyệt sắp hết hạn trong %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Revocation requests waiting for a decision</source>
        <translation>Yêu cầu thu hồi chờ xử lý</translation>
    </message>
    <message>
        <source>Schools below %1% of records sent (school year %2)</source>
        <translation>Trường có tỷ lệ học bạ đã gửi dưới %1% (năm học %2)</translation>
    </message>
    <message numerus="yes">
        <source>Lock dates within the next %n day(s) (school grades)</source>
        <translation>
            <numerusform>Ngày khóa trong %n ngày tới (số khối lớp của các trường)</numerusform>
        </translation>
    </message>
    <message>
        <source>receive lock</source>
        <translation>khóa tiếp nhận</translation>
    </message>
    <message>
        <source>revoke lock</source>
        <translation>khóa thu hồi</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4, grade(s) %5</source>
        <translation>%1, %2: %3 %4, khối %5</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Việc cần xử lý</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Mở chức năng</translation>
    </message>
    <message>
        <source>Work waiting in your units. Double-click a line (or press Enter) to open the function that lists it.</source>
        <translation>Các việc đang chờ đơn vị xử lý. Nhấp đúp vào một dòng (hoặc nhấn Enter) để mở chức năng tương ứng.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>Đếm lại (F5)</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::TrustAnchorsDialog</name>
    <message>
        <source>Trusted root certificates</source>
        <translation>Chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <source>The certificate authorities that the schools&apos; certificates must chain to. A public school&apos;s seal must chain to a root of the Government CA (VGCA); a private school&apos;s to a VGCA root or a licensed public CA. Test roots vouch for no school. Intermediate CAs only help to build the chains.</source>
        <translation>Các tổ chức cung cấp dịch vụ chứng thực (CA) mà chứng thư số của trường phải thuộc chuỗi. Chứng thư số đơn vị của trường công lập phải thuộc chuỗi của chứng thư gốc CA chuyên dùng Chính phủ (VGCA); của trường tư thục thuộc chuỗi VGCA hoặc CA công cộng được cấp phép. Chứng thư gốc thử nghiệm không dùng cho trường nào. Các CA trung gian chỉ dùng để dựng chuỗi.</translation>
    </message>
    <message>
        <source>&amp;Family of the added certificates:</source>
        <translation>&amp;Nhóm của chứng thư thêm vào:</translation>
    </message>
    <message>
        <source>&amp;Add from file...</source>
        <translation>&amp;Thêm từ tệp...</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Gốc</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Trung gian</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The trust store is empty: no school certificate can pass the chain check.</source>
        <translation>Kho chứng thư gốc tin cậy đang trống: không chứng thư số nào của trường đạt kiểm tra chuỗi tin cậy.</translation>
    </message>
    <message>
        <source>Choose a certificate in the list to see its full name and fingerprint.</source>
        <translation>Chọn một chứng thư trong danh sách để xem tên đầy đủ và dấu vân tay.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Chủ thể: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Tổ chức cấp: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2; key %3</source>
        <translation>Hiệu lực từ %1 đến %2; khóa %3</translation>
    </message>
    <message>
        <source>Family: %1 (%2)</source>
        <translation>Nhóm: %1 (%2)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Add trusted CA certificates</source>
        <translation>Thêm chứng thư CA tin cậy</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)</source>
        <translation>Chứng thư số (*.pem *.crt *.cer *.der *.p7b *.p7c);;Tất cả các tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n certificate(s) to the trust store:</source>
        <translation>
            <numerusform>Đã thêm %n chứng thư vào kho chứng thư gốc tin cậy:</numerusform>
        </translation>
    </message>
    <message>
        <source>root</source>
        <translation>gốc</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>trung gian</translation>
    </message>
    <message>
        <source>Already trusted, left as they were: %1</source>
        <translation>Đã có trong kho, giữ nguyên: %1</translation>
    </message>
    <message>
        <source>Automatic: an intermediate takes its root&apos;s family</source>
        <translation>Tự động: CA trung gian lấy nhóm của chứng thư gốc</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm bởi</translation>
    </message>
    <message>
        <source>Only an administrator can add certificates to the trust store.</source>
        <translation>Chỉ quản trị viên mới được thêm chứng thư vào kho chứng thư gốc tin cậy.</translation>
    </message>
    <message>
        <source>Add the CA certificates of a PEM, DER, .cer or .p7b file</source>
        <translation>Thêm các chứng thư CA trong tệp PEM, DER, .cer hoặc .p7b</translation>
    </message>
    <message>
        <source>Test root</source>
        <translation>Gốc thử nghiệm</translation>
    </message>
    <message>
        <source>Test intermediate</source>
        <translation>Trung gian thử nghiệm</translation>
    </message>
    <message>
        <source>For rehearsals and tests: a certificate that chains to it is not a real school&apos;s.</source>
        <translation>Dùng để diễn tập và kiểm thử: chứng thư số thuộc chuỗi của nó không phải của một trường thật.</translation>
    </message>
    <message>
        <source>Test root: for rehearsals and tests, not a real certification authority.</source>
        <translation>Gốc thử nghiệm: dùng để diễn tập và kiểm thử, không phải của tổ chức cung cấp dịch vụ chứng thực thật.</translation>
    </message>
    <message>
        <source>Test intermediate: for rehearsals and tests, not a real certification authority.</source>
        <translation>Trung gian thử nghiệm: dùng để diễn tập và kiểm thử, không phải của tổ chức cung cấp dịch vụ chứng thực thật.</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::UnitFormDialog</name>
    <message>
        <source>New managing unit</source>
        <translation>Thêm đơn vị quản lý</translation>
    </message>
    <message>
        <source>e.g. XA07</source>
        <translation>ví dụ XA07</translation>
    </message>
    <message>
        <source>e.g. UBND xã An Bình</source>
        <translation>ví dụ UBND xã An Bình</translation>
    </message>
    <message>
        <source>(none: at the top of the tree)</source>
        <translation>(không có: đơn vị cấp cao nhất)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Above it:</source>
        <translation>Đơn vị cấp &amp;trên:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <source>Add the unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Đổi tên %1</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Mã đơn vị:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::UserAdminDialog</name>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>The people who may sign in to this program, with their role and unit. Officers decide for their own unit; viewers only look up records and statistics; administrators manage users.</source>
        <translation>Những người được phép đăng nhập chương trình, kèm vai trò và đơn vị. Cán bộ xử lý công việc của đơn vị mình; người xem chỉ tra cứu học bạ và xem thống kê; quản trị viên quản lý người dùng.</translation>
    </message>
    <message>
        <source>&amp;Add user...</source>
        <translation>&amp;Thêm người dùng...</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Vô hiệu hóa</translation>
    </message>
    <message>
        <source>Clear the failed sign-in attempts and the lock-out</source>
        <translation>Xóa số lần đăng nhập sai và gỡ tạm khóa tài khoản</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Kích hoạt</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Vô hiệu hóa người dùng</translation>
    </message>
    <message>
        <source>Disable the user %1? They will no longer be able to sign in until an administrator enables them again.</source>
        <translation>Vô hiệu hóa người dùng %1? Người dùng này sẽ không đăng nhập được cho đến khi quản trị viên kích hoạt lại.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Vô hiệu hóa</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>Kích hoạt người dùng</translation>
    </message>
    <message>
        <source>Unlock user</source>
        <translation>Mở khóa người dùng</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Tạm khóa đến %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
</context>
<context>
    <name>hocbaso::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Digital school records</source>
        <translation>Chào mừng đến với Học bạ số</translation>
    </message>
    <message>
        <source>First start on this computer</source>
        <translation>Lần đầu sử dụng trên máy tính này</translation>
    </message>
    <message>
        <source>There is no database on this computer yet. How would you like to start?</source>
        <translation>Máy tính này chưa có cơ sở dữ liệu. Bạn muốn bắt đầu như thế nào?</translation>
    </message>
    <message>
        <source>Create the &amp;demo database</source>
        <translation>Tạo cơ sở dữ liệu &amp;mẫu</translation>
    </message>
    <message>
        <source>A sample education office with schools, pupils, records and certificates, to try the program out. Demo accounts are created for every role.</source>
        <translation>Một phòng giáo dục mẫu với trường, học sinh, học bạ và chứng thư số để dùng thử chương trình. Mỗi vai trò có một tài khoản mẫu.</translation>
    </message>
    <message>
        <source>Create an &amp;empty database</source>
        <translation>Tạo cơ sở dữ liệu trố&amp;ng</translation>
    </message>
    <message>
        <source>Start with real data on this computer: you create the first administrator account now.</source>
        <translation>Bắt đầu với dữ liệu thật trên máy tính này: bạn tạo ngay tài khoản quản trị viên đầu tiên.</translation>
    </message>
    <message>
        <source>&amp;Connect to a server</source>
        <translation>&amp;Kết nối tới máy chủ</translation>
    </message>
    <message>
        <source>Sign in to your office&apos;s shared database (PostgreSQL) with the address your administrator gave you.</source>
        <translation>Đăng nhập vào cơ sở dữ liệu dùng chung của đơn vị (PostgreSQL) theo địa chỉ do quản trị viên cung cấp.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng</translation>
    </message>
    <message>
        <source>Digital school records</source>
        <translation>Học bạ số</translation>
    </message>
    <message>
        <source>A database made here is saved as %1.</source>
        <translation>Cơ sở dữ liệu tạo tại đây được lưu ở %1.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>A database has appeared at %1 in the meantime. Sign in to it.</source>
        <translation>Trong lúc chờ, một cơ sở dữ liệu đã được tạo ở %1. Hãy đăng nhập vào cơ sở dữ liệu đó.</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Cơ sở dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Creating the demo database...</source>
        <translation>Đang tạo cơ sở dữ liệu mẫu...</translation>
    </message>
    <message>
        <source>The demo database was not created.</source>
        <translation>Cơ sở dữ liệu mẫu chưa được tạo.</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>Không tạo được cơ sở dữ liệu mẫu: %1</translation>
    </message>
    <message>
        <source>the work stopped unexpectedly.</source>
        <translation>công việc bị dừng bất thường.</translation>
    </message>
    <message>
        <source>The demo database is ready</source>
        <translation>Cơ sở dữ liệu mẫu đã sẵn sàng</translation>
    </message>
    <message numerus="yes">
        <source>The demo database was created with %n school(s).</source>
        <translation>
            <numerusform>Đã tạo cơ sở dữ liệu mẫu gồm %n trường.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo accounts:</source>
        <translation>Các tài khoản mẫu:</translation>
    </message>
    <message>
        <source>Every demo account&apos;s password is %1.</source>
        <translation>Mật khẩu của mọi tài khoản mẫu là %1.</translation>
    </message>
    <message>
        <source>The sign-in window is filled in with the officer account %1.</source>
        <translation>Cửa sổ đăng nhập đã điền sẵn tài khoản cán bộ %1.</translation>
    </message>
</context>
<context>
    <name>hocbaso::workspace::Workspace</name>
    <message>
        <source>The read replica %1: %2</source>
        <translation>Bản sao chỉ đọc %1: %2</translation>
    </message>
</context>
</TS>
