"""A rule of the domain refusing what a person asked: every channel renders it in its own form (REST: 403 or 422
problem JSON naming `field`; USSD a re-prompt; SMS a reply; sync a `rejected` mutation with `code`). Pure Python."""

from __future__ import annotations


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁRefusedǁ__init____mutmut: MutantDict = {}  # type: ignore


class Refused(Exception):
    """`code` is stable; `field` names what is wrong; `forbidden`: the person may not (403), else the input is
    wrong (422)."""

    @_mutmut_mutated(mutants_xǁRefusedǁ__init____mutmut)
    def __init__(self, message: str, *, code: str, field: str, forbidden: bool = False):
        super().__init__(message)
        self.code, self.field, self.forbidden = code, field, forbidden

    def xǁRefusedǁ__init____mutmut_orig(self, message: str, *, code: str, field: str, forbidden: bool = False):
        super().__init__(message)
        self.code, self.field, self.forbidden = code, field, forbidden

    def xǁRefusedǁ__init____mutmut_1(self, message: str, *, code: str, field: str, forbidden: bool = True):
        super().__init__(message)
        self.code, self.field, self.forbidden = code, field, forbidden

    def xǁRefusedǁ__init____mutmut_2(self, message: str, *, code: str, field: str, forbidden: bool = False):
        super().__init__(None)
        self.code, self.field, self.forbidden = code, field, forbidden

    def xǁRefusedǁ__init____mutmut_3(self, message: str, *, code: str, field: str, forbidden: bool = False):
        super().__init__(message)
        self.code, self.field, self.forbidden = None

mutants_xǁRefusedǁ__init____mutmut['_mutmut_orig'] = Refused.xǁRefusedǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRefusedǁ__init____mutmut['xǁRefusedǁ__init____mutmut_1'] = Refused.xǁRefusedǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRefusedǁ__init____mutmut['xǁRefusedǁ__init____mutmut_2'] = Refused.xǁRefusedǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRefusedǁ__init____mutmut['xǁRefusedǁ__init____mutmut_3'] = Refused.xǁRefusedǁ__init____mutmut_3 # type: ignore # mutmut generated
