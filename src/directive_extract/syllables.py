"""Does a text read as Vietnamese? The judge between candidate decodings of legacy bytes (formats/legacy.py),
and of a text layer an OCR damaged (stages/agencies/damaged_names.py).

Legacy 8-bit files carry no label, and every byte decodes to *something* in every candidate table, so
charset sniffers (which know no TCVN3 or VNI) cannot tell them apart. A wrong table, however, yields
words that no Vietnamese syllable can be: stray symbols, two tone marks, impossible vowel clusters.
So each candidate is scored by how many of its non-ASCII words are well-formed syllables.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

VOWELS = "aăâeêioôơuưy"
TONE_MARKS = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")  # none, huyền, sắc, ngã, hỏi, nặng
_ACUTE, _DOT = 2, 5

_ONSETS = "ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x"
ONSETS = _ONSETS.split()
# every rhyme (vần) without its tone; a syllable is an optional onset and one of these
_RHYMES = """
a ai ao au ay ac ach ak am an ang anh ap at ăc ăk ăm ăn ăng ăp ăt âu ây âc âm ân âng âp ât
e eo ec em en eng ep et ê êu êch êm ên ênh êp êt i ia iu ich im in inh ip it iêu iêc iêm iên iêng iêp iêt
o oa oai oao oay oe oeo oi oc om on ong op ot ooc oong oac oach oam oan oang oanh oap oat oăc oăm oăn oăng oăt
oem oen oet ô ôi ôc ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
u ua ui uơ uy uya uyu uê uây uôi uc um un ung up ut uôc uôm uôn uông uôt uân uâng uât uêch uênh
uych uyn uynh uyp uyt uyên uyêt ư ưa ưi ưu ươi ươu ưc ưm ưn ưng ưt ươc ươm ươn ương ươp ươt
y yêu yêm yên yêng yêt
"""
RHYMES = _RHYMES.split()
# the most frequent accented syllables of the notices (from the project corpus); a decoding that yields
# them is preferred where two tables both yield well-formed syllables ("tháng năm" / "thỏng nóm")
_COMMON = """
các và của công học thực hiện bộ chính cơ ngày định động với giáo phòng việc thông có chỉ số người năm về sở hợp
chức dịch địa hội tỉnh để trường tại tổ tế thành bảo dục vụ nhân lý dân thời đạo chủ pháp trình được phương triển báo
tháng trên hành phủ xã nghiệp tác dụng quyết đối đơn vị tập văn đồng nhiệm nghị phát kết cấp điều tiếp quản chống sách
trợ đảm nhà quốc ủy quả thủ án hướng tư làm không nhận nước viên bệnh việt hỗ đề tạo nhập liên kiểm giá hoạch kế dự
cáo dẫn xuất trực giải ngành đầu huyện đến truyền phối hình là cảnh xét nội xây phố từ tục lực cách thể hoạt tài dựng
toàn hiệu đã bị dạy tự đánh bản cầu nhất thuế hàng đại luật thường sử ứng sản năng thuộc thống soát tướng vào trước
những chất chuyên phục trưởng đổi chương điểm thị yêu hoặc lưu chứng nghiệm đào ngân hoàn lượng bàn nơi mới quyền
hóa xử phải độ hệ kịp sát lập tăng họp trị điện phạm ương tâm như này chế hiểm một trì cộng sự liệu chuyển giám đủ
đoàn nguồn khó trách tổng cán thiết nộp trí tính phân rà ký hòa đóng kỳ giảm tử mục tốt nâng kiện ở khăn tình căn phí
tượng trọng cụ thức nghiêm hà tiến hạn vực hưởng ngoài ngoại xác tiêu mắc mạnh phổ gửi cứ kiến biện hồ mẫu cần phần
tuyên phó đúng phù thất giấy đây bài tuyến lại cường thương xuyên đẩy khẩu kỹ thẩm lãnh tịch khác trú ý trương vốn vận
bố sơ biểu quá ảnh đó chí đảng bằng từng biến lợi tiền đoạn khách đi dùng
"""
COMMON = frozenset(_COMMON.split())
_SYLLABLE = re.compile("(?:" + "|".join(ONSETS) + ")?(?:" + "|".join(sorted(RHYMES, key=len, reverse=True)) + ")")
_STOP_CODA = re.compile(r"(?:c|ch|p|t)$")
# words are cut at spaces, digits and the punctuation every table agrees on
_WORD = re.compile(r"[^\s\d!-/:-@\[-`{-~“”‘’–—…•]+")


@lru_cache(maxsize=1)
def letters() -> dict[str, tuple[str, int]]:
    """Each Vietnamese letter, both cases, as (lowercase base letter, tone index)."""
    table: dict[str, tuple[str, int]] = {}
    for base in VOWELS:
        for tone, mark in enumerate(TONE_MARKS):
            for cased in (base, base.upper()):
                table[unicodedata.normalize("NFC", cased + mark)] = (base, tone)
    for consonant in "bcdđfghjklmnpqrstvwxz":
        table[consonant] = table[consonant.upper()] = (consonant, 0)
    return table


def is_syllable(word: str) -> bool:
    """True when the word (NFC, any case) is one well-formed Vietnamese syllable."""
    table = letters()
    bases: list[str] = []
    tones = [0]
    for char in word:
        found = table.get(char)
        if found is None:
            return False
        bases.append(found[0])
        if found[1]:
            tones.append(found[1])
    if len(tones) > 2:
        return False
    plain = "".join(bases)
    if not _SYLLABLE.fullmatch(plain):
        return False
    return tones[-1] in (0, _ACUTE, _DOT) or not _STOP_CODA.search(plain)  # checked syllables take only sắc/nặng


def _is_abbreviation(word: str) -> bool:
    """HĐND, QĐ, BCĐ, đ (đồng): consonants only, read letter by letter, not a syllable."""
    table = letters()
    return all(table.get(c, ("a", 0))[0] not in VOWELS for c in word)


@dataclass(frozen=True)
class Score:
    valid: int  # non-ASCII words that are syllables
    invalid: int  # non-ASCII words that are not
    common: int = 0  # valid words that are among the most frequent syllables

    @property
    def share(self) -> float:
        total = self.valid + self.invalid
        return self.valid / total if total else 0.0

    @property
    def rank(self) -> int:
        """Higher is more Vietnamese: well-formed words count, frequent ones twice, malformed ones against."""
        return self.valid + self.common - 2 * self.invalid


def score(text: str) -> Score:
    """Count the non-ASCII words of a text that are, and are not, Vietnamese syllables."""
    valid = invalid = common = 0
    for word in _WORD.findall(text):
        if word.isascii() or _is_abbreviation(word):
            continue
        if is_syllable(word):
            valid += 1
            common += word.lower() in COMMON
        else:
            invalid += 1
    return Score(valid, invalid, common)
