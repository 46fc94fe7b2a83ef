"""Place names that underthesea's NER often tags as people or misses: countries, capitals, Vietnamese provinces.

Kept as code (not a data file) so that the analysis cache, which hashes the analysis modules, sees a change.
"""

PLACES = frozenset(
    name.strip().lower()
    for name in """
Việt Nam|Nga|Mỹ|Hoa Kỳ|Trung Quốc|Nhật Bản|Hàn Quốc|Triều Tiên|Lào|Campuchia|Thái Lan|
Malaysia|Singapore|Indonesia|Philippines|Myanmar|Brunei|Ấn Độ|Pakistan|Afghanistan|Iran|
Iraq|Syria|Israel|Palestine|Ả Rập Xê Út|Thổ Nhĩ Kỳ|Ai Cập|Libya|Lybia|Ukraine|Belarus|
Kazakhstan|Uzbekistan|Kyrgyzstan|Tajikistan|Armenia|Azerbaijan|Gruzia|Anh|Pháp|Đức|Italy|
Tây Ban Nha|Bồ Đào Nha|Hà Lan|Bỉ|Thụy Sĩ|Thụy Điển|Na Uy|Phần Lan|Đan Mạch|Ba Lan|Hungary|
Hy Lạp|Canada|Mexico|Brazil|Argentina|Cuba|Australia|Úc|New Zealand|Nam Phi|Qatar|Đài Loan|
Hồng Kông|Hong Kong|Mông Cổ|châu Âu|châu Á|châu Phi|Trung Đông|Biển Đông|Moscow|Washington|
Bắc Kinh|London|Paris|Tokyo|Seoul|Bình Nhưỡng|Kiev|Kyiv|Almaty|Alma-Ata|Nur-Sultan|Hà Nội|
TP.HCM|TP HCM|Sài Gòn|Hải Phòng|Đà Nẵng|Cần Thơ|An Giang|Vũng Tàu|Bắc Giang|Bắc Kạn|
Bạc Liêu|Bắc Ninh|Bến Tre|Bình Định|Bình Dương|Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|
Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Tĩnh|Hải Dương|
Hậu Giang|Hòa Bình|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|
Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|
Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|
Thừa Thiên Huế|Huế|Tiền Giang|Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái|Nha Trang|
Đà Lạt
""".replace("\n", "").split("|")
)
