"""The vocabulary of cast sentences as regular expressions and word sets.

Input: plain text; output: compiled patterns and sets that :mod:`graph.extract.cast` reads
sentences with ("X plays Y", "Y is voiced by X", "the role of Y went to X", "A and B play X and Y").
"""

from __future__ import annotations

import re

from .names import NAME1, UPPER

_PNAME = rf"(?:(?:de|del|della|van|von|da|di|du|le|la)\s+)?{NAME1}"
_PNAMES = rf"{_PNAME}(?:\s*,\s*(?:and\s+)?{_PNAME}|\s+and\s+{_PNAME}){{0,11}}"
_OCCUPATIONS = (r"actor|actress|singer|wrestler|comedian|musician|dancer|star|newcomer|performer|boxer|model|footballer|"
                r"novelist|author|writer|director|presenter|journalist|poet|painter|rapper|filmmaker|athlete|broadcaster|"
                r"baritone|tenor|soprano|mezzo-soprano|pianist|violinist|guitarist|cellist|drummer|composer|playwright|"
                r"dramatist|photographer|artist|student|skater|swimmer|politician|activist|chef|architect|sculptor|chanteuse|announcer|"
                r"satirist|humorist|cartoonist|"
                r"(?<=record )producer")
_LEAD_IN = (r"(?:^|[,;:]\s*|\b(?:and|with|features|featured|featuring|including|includes|include|included|by|starring|stars|"
            r"cast|casting|are|were|(?:the\s+)?(?:sisters|brothers|siblings|twins|couple)|"
            r"while|whereas|alongside|opposite|also|made up of|consists of|comprises|comprising)\s+"
            # "In the silent-film interlude Fele Martínez plays": a scene named before its actor
            rf"|\b(?:interlude|prologue|epilogue|flashbacks?|sequences?|segments?|scenes|film-within-the-film)\s+(?=[{UPPER}])"
            # "the former wrestler Lenny Montana", "The eleven-year-old Ivana Baquero"
            # ("elder brother of the director Jean Renoir, plays": a relative's description, not the actor)
            rf"|(?<!\bof\s)\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?:{_OCCUPATIONS}|[\w-]+-year-old)\s+"
            rf"|\b(?:[Tt]he|[Aa])\s+(?:very\s+)?(?:young|little|teenage|elderly|veteran|then-unknown)\s+(?=[{UPPER}])"
            # "Lee's sister Joie Lee plays Jade": a relative of someone named before
            # ("The director's father, Walter Huston, makes ...": an owner in lower case, the actor in apposition)
            rf"|\b(?:[{UPPER}][\w'’.-]*['’]s?|[Tt]he\s+[a-z]+['’]s)\s+(?:(?:younger|older|elder|real-life|own)\s+)?(?:sister|brother|wife|husband|son|"
            rf"daughter|father|mother|cousin|nephew|niece|partner|girlfriend|boyfriend),?\s+(?=[{UPPER}])"
            # "His boyhood friend and fellow artist Jack Fisk appears as": a description of the actor
            rf"|^(?:His|Her|Their)\s+(?:[a-z-]+\s+){{1,5}}(?=[{UPPER}])"
            # "Singer Marisol Vega appears as herself", "Veteran radio presenter X provides ..."
            rf"|(?:^|(?<=[,;:]\s))(?:[{UPPER}][a-z-]+\s+){{0,2}}(?:[a-z-]+\s+)?(?i:{_OCCUPATIONS})\s+(?=[{UPPER}]))")
# "Singer Marisol Vega appears as herself": the occupation before a sentence's first name
_OCCUPATION = re.compile(rf"^(?:[{UPPER}][a-z-]+\s+){{0,2}}(?:[a-z-]+\s+)?(?i:{_OCCUPATIONS})\s+(?=\S+\s+\S)")


def without_occupation(name: str) -> str:
    """``name`` without an occupation read with it at a sentence's start ("Singer Mara Vey")."""
    return _OCCUPATION.sub("", name)


# Between the actor and the verb: "Song Kang-ho, who plays", "Conrad Veidt, a refugee from Nazi
# Germany, plays", "Dooley Wilson, as the pianist Sam".
_BETWEEN = (r"(?:,\s+who\s+|,\s+who\s+[^,;]{1,80}?,\s+|,\s+(?:an?|the|one of|in|on|whose|at|after|best|himself|herself|then|still|already|billed|"
            r"credited|known|listed|aged|better|also|making|newly|previously|fresh|elder|younger|older|never|not|unseen|only|heard)\s+[^,;]{1,90}?,\s+|,\s+(?:uncredited|unbilled|credited),\s+"
            r"|,\s+(?=as\s|in the (?:[\w-]+ )?role of\s)"
            # "Luke Wilson, Owen Wilson's brother, appears as", "X, daughter of the anchor Y, has a part as"
            r"|,\s+(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+[a-z][^,;]{0,40}?,\s+"
            r"|,\s+(?:daughter|son|wife|husband|brother|sister|father|mother|widow|nephew|niece)\s+of\s+[^,;]{1,60}?,\s+"
            # "Keaton's father, Joe Keaton, appears as": the actor is an apposition
            r"|,\s+(?=(?:appears|appeared|plays|played|portrays|portrayed|is seen|was seen|cast|makes|made|turns|turned)\s)"
            # "Kassovitz himself has a cameo as"
            r"|\s+(?:himself|herself)\s+|\s+alongside\s+(?:him|her|them)\s+(?=as\s)|\s+)")
# "plays the Pastor, with Steffi Kühnert as his wife": the second part is kin of the first
_WITH_KIN = re.compile(rf",?\s+with\s+(?P<actor>{_PNAME})\s+as\s+(?:his|her)\s+(?P<kin>[a-z]+)"
                       rf"(?:,\s+(?P<named>[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)?)(?=\s*[,;.]|$))?(?=\s*[,;.]|$)")
# "appears as a Union general, as do the former baseball player A and B": more actors, one part
_AS_DO = re.compile(rf",?\s+as\s+(?:do|did|does)\s+(?:the\s+(?:[\w-]+\s+){{0,3}}?(?=[{UPPER}]))?(?P<names>{_PNAMES})")
# "... and Rosanna Arquette his wife Jody": a second actor whose verb is left out
# "plays the minister, Ernst Vey the chief of police, and Gerd Lorn a police secretary"
_GAPPED_ACTOR = re.compile(rf"(?:\band|,)\s+(?:and\s+)?(?P<actor>{_PNAME})\s+(?=(?:his|her|their)\s+[a-z-]+\s+[{UPPER}]"
                           rf"|the\s+[{UPPER}][\w'’-]*(?:\s*[,.;]|$|\s+and\b)"
                           rf"|(?:the|an?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}\s*(?:[,.;]|$|\s+and\b))")
# "Smaller parts went to A as the dying man, B as a young prostitute and C as Marion's trainer"
_PARTS_WENT_TO = re.compile(r"\b(?:parts|roles)\s+(?:went|were given)\s+to\s+(?P<list>.+)$")
_AS_ITEM = re.compile(rf"^(?P<actor>{_PNAME})\s+as\s+(?P<part>.+)$")
# Cast verbs of prose: "<actor> voices <character>", "<actor> is heard as <character>".
CAST_VERBS = (r"voices|voiced|voicing|(?:plays|played) against type as|plays|played|playing(?=\s+(?:the\s+)?[A-Z])|"
              r"(?:gives|gave|delivers|delivered|contributes|contributed)\s+(?:an?\s+|one\s+of\s+(?:his|her|their)\s+)?(?:[\w-]+\s+){0,3}?"
              r"(?:turn|performances?)\s+as|portrays|portrayed|stars as|starred as|appears as|"
              r"co-?stars as|co-?starred as|(?:is|was) the (?:[A-Z][a-z]+(?:-language)? )?(?:speaking |singing )?voice of|"
              r"(?:takes|took) on the (?:dual |double |twin )?roles? of|"
              # "took the role of", "was given the part of", "was cast in the lead role of"
              r"(?:takes|took|landed|lands|won|wins|got|gets|was given|is given|performs|performed|has|had|"
              r"was cast in|is cast in|plays|played) the (?:[\w-]+ ){0,2}?(?:role|part) of|"
              r"(?:was|is|were|are) (?:chosen|hired|selected|picked|recruited|brought in|tapped|signed) to "
              r"(?:play|portray|voice)|signed on to (?:play|portray|voice)|"
              r"(?:reprises|reprised|reprising) (?:his|her|their) (?:role|part) as|in the (?:[\w-]+ )?role of|"
              r"appeared as|(?:is|was) heard (?:throughout |briefly |only |again )?as|is cast as|was cast as|cast as|"
              r"(?:turns|turned|shows|showed|pops|popped) up (?:briefly |only |again |also )?as|"
              # "Sparkes does double duty as Bitzer", "Levantal is seen as Astérix"
              r"(?:does|did) double duty as|(?:is|was) (?:briefly )?(?:seen|glimpsed|spotted) (?:briefly )?as|(?:can|could) be (?:briefly )?(?:glimpsed|seen|spotted) (?:in an? (?:[\w-]+ )?(?:role|part|cameo) )?as|"
              # "X himself delivers the voice-over as the adult Ma Xiaojun"
              r"(?:delivers|delivered|provides|provided|speaks|spoke) the (?:voice-over|narration) as|"
              # "appears uncredited as a nurse", "appears in a small role as a bus driver"
              r"appears? (?:uncredited |briefly )?(?:in an? (?:[\w-]+ )?(?:role|part|cameo) )?as|"
              r"appeared (?:uncredited |briefly )?(?:in an? (?:[\w-]+ )?(?:role|part|cameo) )?as|"
              # "appears in the sepia flashbacks as", "turns up in the second half as": where, then the part
              # "appears for only a few minutes as", "appears near the end as", "is seen in Bell's memories as"
              r"(?:appears?|appeared|is seen|was seen) (?:for (?:only )?(?:a few|several|two|three) (?:minutes|scenes|shots) |"
              r"(?:near|at|towards?) the (?:end|start|beginning|close) |in [A-Z][\w'’]*['’]s? (?:memories|dreams|flashbacks|thoughts) |"
              # "appears in flashbacks as Aoyama's late wife", "appears on screen as the presenter"
              r"(?:only |briefly )?(?:in flashbacks?|on screen|onscreen|in dreams?|in photographs?|in a photograph) )as|"
              r"(?:appears?|appeared|turns up|turned up|shows up|showed up) (?:only |briefly )?in (?:the|a|an|its|his|her) (?:[\w-]+ ){0,3}?"
              r"(?:scenes?|flashbacks?|sequences?|half|act|prologue|epilogue|segments?|sections?|finale|opening|coda|"
              r"interlude|film|story|episodes?|chapters?) as|"
              # "turns up in Sydney as Shalini's uncle": a place where the part appears
              r"(?:turns up|turned up|shows up|showed up) in [A-Z][\w-]+(?: [A-Z][\w-]+)? as|"
              r"joined the (?:voice )?cast as|(?:was|is) announced as|dubbed(?: the (?:role|part|voice) of)?|"
              r"(?:replaced|replacing|succeeded|succeeding) (?:[A-Z][\w'’.-]* ){1,3}as|"
              r"recorded the (?:role|part|voice) of|"
              # "performed both the Faun and the Pale Man" (a performer of a song has no "both")
              r"(?:performs|performed)(?= both )|"
              # "X provides the voice of Asbel, and Y that of his sister Lastelle": the verb gapped
              r"(?<=[a-z] )that of(?= (?:his|her|their|the) )|"
              # "returned to acting after a decade to play the park's creator"
              r"(?:returned|came back|agreed|was brought back)(?: [\w'’-]+){0,8}? to (?:play|portray|voice)|"
              r"(?:makes|made|has|had|gives|gave) (?:an? )?(?:[\w-]+ ){0,2}?"
              r"(?:appearance|part|role|turn|performance|cameo|scene|return|debut)(?: in the (?:[\w-]+ ){0,2}(?:scene|scenes|sequence|shot|film))? as|(?:rounds|rounded|completes|completed) out the (?:[\w-]+ )?(?:cast|ensemble|gang|group|family|trio|quartet|band|crew|team) as|(?:completes|completed) the (?:[\w-]+ )?(?:cast|ensemble) as|"
              # "took over the role of Rachel Dawes", "assumed the part of"
              r"(?:took over|takes over|assumed|assumes|inherited|inherits) the (?:[\w-]+ ){0,2}?(?:role|part) of|"
              r"(?:provides|provided|supplies|supplied|lends|lent) (?:the|his|her|their) (?:[a-z-]+ )?(?:singing |speaking )?voices? (?:of|to|for)|"
              # "reprises his character Nobody", "returns to the part of Bilbo", "took over as Marjane's grandmother"
              r"(?:reprises|reprised) (?:his|her|their) character|(?:returns|returned) to the (?:role|part) of|(?:takes|took) over as|"
              r"(?:reprised|reprises)(?= [A-Z])|(?:sings|sang) for|(?:gives|gave|give) voice to|(?:returns|returned) as|(?:reprises|reprised|reprising) the (?:role|part) of|"
              r"as")
# "as well as", "as such": "as" that does not introduce a role
# ("Judge Atkins, played by X": "by" begins the actor, the part came first)
_NOT_ROLE = r"(?!(?:well|such|of|if|though|soon|long|much|part|a result|far|opposed|by)\b)"
_FORWARD = re.compile(rf"{_LEAD_IN}(?P<actor>{_PNAME}){_BETWEEN}(?:also\s+|again\s+|once\s+(?:more|again)\s+|still\s+)?"
                      rf"(?P<verb>{CAST_VERBS})\s+{_NOT_ROLE}")
# Outside cast sections only a casting statement credits an actor the billing did not name ("Lind
# was cast as Oren"), and not one about another production or a change of plan.
_CASTING = re.compile(r"\b(?:was|were)\s+cast\s+(?:as|in the)\b|,\s+cast\s+as\b|\bcast\s+(?:[A-Z][\w'’.-]*\s+){1,3}as\b|"
                      r"\b(?:chosen|hired|signed(?: on)?|selected)\s+to\s+play\b|\b(?:role|part)\s+of\b[^.;]*\b(?:went|was given|was entrusted|was assigned)\s+to\b|"
                      r"\b[a-z]+\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+was\s+given\s+to\s+[A-Z]")
_NOT_CASTING = re.compile(r"\b(?:originally|initially|first choice|replaced|replacing|considered|turned down|declined|"
                          r"auditioned|stage|Broadway|remake|sequel|series|musical|would have|hoped to)\b")
_SECOND_ROLE = re.compile(rf"\s+and\s+(?:of\s+)?(?:the\s+)?(?:(?:his|her|their|its)\s+[a-z][\w\s-]{{0,30}}?,?\s+)?"
                          rf"(?P<second>[{UPPER}][\w'’.\-]*(?:\s+[{UPPER}][\w'’.\-]*){{0,3}})(?=\s*[,.;:]|\s*$|\s+(?:and|in|under|with|for|at|on|from|through|during|throughout|opposite|"
                          rf"alongside|wearing|using)\b)")
# "Ada Quill plays the title role": the character is the film's own title
_TITLE_ROLE = re.compile(rf"{_LEAD_IN}(?P<actor>{_PNAME}){_BETWEEN}(?:also\s+)?(?:plays|played|portrays|portrayed|stars in|"
                         rf"starred in|has|had|took|takes|was cast in|is cast in|landed)\s+the\s+title\s+(?:role|part|character)\b")
# "The title role went to Waad Mohammed, a first-time actress"
_TITLE_WENT = re.compile(rf"\b[Tt]he\s+title\s+(?:role|part|character)\s+(?:went|was\s+given|fell)\s+to\s+"
                         rf"(?:(?:the|an?)\s+)?(?:[a-z-]+\s+){{0,3}}?(?P<actor>{_PNAME})")
# Cast sections only: "The film also stars Rune Falk (Oren) and Tove Berg (Ilsa)"
_PAREN_ROLE = re.compile(rf"(?P<actor>{_PNAME})\s+\((?P<char>[{UPPER}][^()\d]{{0,40}}?)\)")
# Cast sections only: "the postmaster (Horace Quibell)": an unnamed part, then its actor
_PART_PAREN = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<char>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+\((?P<actor>{_PNAME})\)")
# Pronouns never name a character ("She is played by X": the part is the sentence before's)
PRONOUNS = frozenset({"He", "She", "They", "It", "His", "Her", "Their", "Its", "This", "That"})
_NOT_PAREN_ROLES = re.compile(r"^(?:voice|uncredited|credited|archive|cameo|singing|also|then|later|né|née|born|"
                              r"English|Japanese|French|German|Spanish|Italian|Korean|Chinese)\b", re.I)
# Cast sections only: "Madeleine Lebeau is Yvonne, Rick's discarded girlfriend".
# "Rainer Bock is the doctor and Susanne Lothar the midwife": a short part without a name too
# ("Elga Andersen is his wife, Frieda Bencker": the name in apposition)
_IS = re.compile(rf"{_LEAD_IN}(?P<actor>{_PNAME})\s+(?:is|was)\s+(?=(?:(?:the|his|her|their)\s+(?:(?:[a-z-]+\s+){{0,2}}[a-z-]+,?\s+)?)?[{UPPER}]"
                 # ("Deborah Aquila was the casting director": a crew post, no part)
                 rf"|the\s+(?!(?:[a-z-]+\s+)?(?:director|designer|producer|editor|supervisor|artist|manager|composer|"
                 rf"cinematographer|writer|screenwriter|photographer|decorator|coordinator|consultant|adviser|advisor)\b)"
                 rf"(?:[a-z-]+\s+)?[a-z-]+(?:\s*[,.;]|\s+and\b))")
# "Serrano, played by César Vea"
_APPOSED = re.compile(rf"(?P<char>[{UPPER}][\w'’.\-]*(?:\s+[{UPPER}][\w'’.\-]*){{0,3}}),\s+(?P<verb>played|portrayed|voiced)"
                      rf"\s+by\s+(?P<actor>{_PNAME})(?![\w'’])")
# "Rita's singing voice belongs to Idania Valdés": the owner of the voice is the part
VOICE_BELONGS = re.compile(rf"(?P<char>[{UPPER}][\w'’.\-]*(?:\s+[{UPPER}][\w'’.\-]*){{0,2}})['’]s\s+(?:singing\s+|speaking\s+)?voice\s+"
                           rf"(?:belongs\s+to|is\s+provided\s+by|comes\s+from|was\s+provided\s+by)\s+(?P<actor>{_PNAME})(?![\w'’])")
# "The one female part, the German Girl, went to X": a part named in an apposition
_PART_APPOSED_WENT = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+){{0,2}}(?:part|role),\s+(?P<char>(?:the\s+)?[{UPPER}][^,;]{{0,40}}),\s+"
                                rf"(?:went|was given|fell)\s+to\s+(?:(?:the|an?)\s+)?(?:[a-z]+\s+){{0,4}}?(?P<actor>{_PNAME})(?![\w'’])")
# "The scheming politician Nezu was given to X": a part described, then named, then given
_DESCRIBED_GIVEN = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+){{1,3}}(?P<char>[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)?)\s+"
                              rf"(?:was|were)\s+given\s+to\s+(?P<actor>{_PNAME})(?![\w'’])")
_WENT_TO = re.compile(
    # "The role of Hanna's stepdaughter, Lauren Gustafson, went to a young X": the apposition names the part
    rf"\b(?:role|part)\s+of\s+(?P<char>[^,;]+?)(?:,\s+(?P<named>[^,;]+),)?\s+(?:(?:went|was given|was entrusted|was assigned|fell)\s+to|(?:is|was)\s+taken\s+by)\s+(?:(?:the|an?)\s+)?(?:[a-z]+\s+){{0,4}}?"
    rf"(?P<actor>{_PNAME})(?![\w'’])")
# "Joy Page and Helmut Dantine play Annina and Jan", "... cast as Peppy's maid and Peppy's butler respectively"
# ("Kevin Farley and John Farley, brothers in life, play ...": an aside before the verb)
_PAIRS = re.compile(rf"{_LEAD_IN}(?P<names>{_PNAME}(?:\s*,\s*{_PNAME})*,?\s+and\s+{_PNAME})(?:,\s+[a-z][^,;]{{1,40}},)?,?\s+(?:are\s+|were\s+)?"
                    rf"(?:play|played|voice|voiced|portray|portrayed|cast\s+as|appear\s+as|star\s+as|starred\s+as|return\s+as|returned\s+as|"
                    rf"co-?star\s+as|(?:took|take|played|play)\s+the\s+(?:parts|roles)\s+of|(?:provide|provided|lend|lent)\s+(?:the\s+)?voices\s+(?:of|to|for)|as)\s+"
                    # ("Anna and Joy, are portrayed by A and B": the names are the parts, read by _REVERSE_PAIRS)
                    rf"(?!by\s)(?P<chars>(?:[^;:.]|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bSt)\.)+?)(?:\s+respectively\b|(?=\s*[;:]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)\s*\.|\s*$|,\s+(?:who|whom|while|and|an?|the|both|two|three|four|with)\b|,\s+(?!credited\b)(?=[a-z])))")
# "Tim Blake Nelson, Dash Mihok, Nick Stahl and Thomas Jane play enlisted men": actors of unnamed
# parts of a group (each in the cast, no character)
PLAY_GROUP = re.compile(rf"{_LEAD_IN}(?P<names>{_PNAME}(?:\s*,\s*{_PNAME})*,?\s+and\s+{_PNAME})\s+(?:play|played|portray|portrayed)\s+"
                        r"(?:(?:other|fellow|some\s+of\s+the|the)\s+)?(?:[a-z-]+\s+){0,2}(?:[a-z-]+s|men|women|children|people)"
                        r"(?=\s*[.;]|$|,\s+(?![A-Z]))")  # ("play the twins, Oren and Sef": parts named after it)
# "Grace Nortey and David Dontoh also appear.", "Oh Dal-su also appears in a supporting role.", "X has a
# small supporting role.": cast members the sentence gives no part (cast sections only)
ALSO_APPEAR = re.compile(rf"{_LEAD_IN}(?P<names>{_PNAME}(?:\s*,\s*{_PNAME})*(?:,?\s+and\s+{_PNAME})?)\s+(?:also\s+)?"
                         r"(?:appears?|(?:has|have)\s+(?:a\s+)?(?:small\s+|brief\s+|minor\s+)*(?:supporting\s+)?(?:role|part)s?|"
                         r"appears?\s+in\s+(?:a\s+)?(?:small\s+|smaller\s+|brief\s+|minor\s+|bit\s+)*(?:supporting\s+)?(?:role|part)s?|"
                         # "the novelist X turns up in a brief cameo", "X makes a cameo appearance"
                         r"(?:turns?|turned)\s+up\s+in\s+(?:a\s+)?(?:brief\s+|short\s+)?cameo|"
                         r"(?:makes?|made)\s+(?:a\s+)?(?:brief\s+|short\s+)?cameo(?:\s+appearance)?)"
                         # ("have small parts in the opening scenes", "also appears, and ...": a scene or a new clause after)
                         r"(?=\s*[.;]|$|,\s+(?:and|while|but)\s|\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:scenes?|sequences?|episodes?|flashbacks?)\s*[.;,])")
_NOT_CHARACTERS = {"role", "roles", "part", "parts", "lead", "character", "characters", "cameo", "version",
                   "film", "scene", "scenes", "title", "villain", "hero", "heroine",
                   # a person, not a part: "plays the woman who runs the shop"
                   "man", "woman", "men", "women", "girl", "boy", "child", "person", "lady", "guy", "stranger",
                   # an age: "by André Holland as an adult"
                   "adult", "teenager", "teen", "infant", "baby", "youth", "youngster"}
# Words that never name a part, even with an adjective ("a small role", "a brief scene")
_NOT_PARTS = {"role", "roles", "part", "parts", "lead", "character", "characters", "cameo", "version", "film",
              "scene", "scenes", "title", "adult", "teenager", "child", "baby", "infant",
              # "the adult Akari in the final chapter is voiced by X": a place in the film, not a part
              "chapter", "sequence", "segment", "episode", "half", "act", "dub", "prologue", "epilogue"}
# Cast sections only: "the aunt is played by Akemi Yamaguchi"
# "The fussy neighbour whom Madame Arpel hopes he will marry is played by X"
# "The boy in the prologue is played by X"
# "The Japanese poet in the final scene is played by X"
_REVERSE_PART = re.compile(rf"(?<!\bamong\s)(?<!\bof\s)(?<!\bwith\s)\b[Tt]he\s+(?:[a-z]+\s+|[{UPPER}][a-z]+\s+(?=[a-z]))?(?P<char>[a-z][\w-]*)(?:\s+(?:who|whom|that)\s+[^,;]{{1,60}}?"
                           rf"|\s+(?:in|at|on|from)\s+the\s+(?:[a-z]+\s+)?[a-z]+)?\s+(?:is|was)\s+"
                           rf"(?P<verb>voiced|played|portrayed)\s+by\s+"
                           rf"(?P<actor>{_PNAME})(?![\w'’])")
_REVERSE = re.compile(
    rf"(?:\b(?:[Tt]he\s+)?(?P<age>[Yy]oung|[Yy]ounger|[Tt]eenage|[Aa]dult|[Ee]lderly|[Oo]ld|[Oo]lder)\s+)?(?P<char>[{UPPER}][\w'’.\-]*(?:\s+[{UPPER}][\w'’.\-]*){{0,5}}(?:['’]s\s+[a-z]+)?),?(?:\s+[a-z]+,)?"
    # "Lord Kuniharu Tsuzuki, the murdered ruler, is played by X": a description between
    # ("Connie, the woman Jill lives with, is played by X": a name inside the description)
    rf"(?:\s+(?:the|a|an|his|her|their)\s+[a-z][\w-]*(?:\s+(?:[a-z][\w-]*|[{UPPER}][\w'’-]*(?=\s+[a-z]))){{0,3}},)?"
    # "The Turkish Bey who interrogates Lawrence at Deraa is played by X": the part before its clause
    rf"(?:,?\s+who\s+[a-z]+\s+[^,;]{{0,50}}?,?)?"
    # "the adult Akari in the final chapter is voiced by X": where the part is, then the verb
    rf"(?:\s+(?:in|during)\s+the\s+(?:[a-z-]+\s+){{0,2}}(?:chapter|scenes?|sequences?|segments?|episodes?|prologue|epilogue|flashbacks?|half|act)"
    # "Barbara's friend among the tourists is played by X"
    rf"|\s+among\s+the\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+)?"
    rf"\s+(?P<be>is|was|are|were)\s+"
    # "Young Pim is voiced by eight-year-old Thijs van Oordt"
    # ("Puyi is played as a young child by X, at eight by Y and at fifteen by Z": the ages between)
    rf"(?P<verb>voiced|played|portrayed|performed)(?:\s+with\s+[a-z]+|\s+once\s+(?:more|again)|\s+again|\s+as\s+an?\s+(?:[a-z]+\s+)?(?:child|boy|girl|adult|teenager|youth|baby))?\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){{0,4}}?(?P<actor>{_PNAME})(?![\w'’])")
# "Kiki's parents, Kokiri and Okino, are voiced by Mieko Nobusawa and Kōichi Miura": pairs in order
_CHAR = rf"[{UPPER}][\w'’.\-]*(?:\s+[{UPPER}][\w'’.\-]*){{0,3}}"
# "the traffic police officer Pasha and his wife Angela, are played by A and B": described parts;
# "The double act of Charters and Caldicott was played by A and B, respectively"
_CHAR_D = rf"(?:(?:the|his|her|their)\s+(?:[a-z-]+\s+){{0,3}})?{_CHAR}"
_REVERSE_PAIRS = re.compile(rf"(?P<chars>{_CHAR_D}(?:\s*,\s*{_CHAR_D})*,?\s+and\s+{_CHAR_D}),?\s+(?:are|were|was)\s+"
                            rf"(?P<verb>voiced|played|portrayed)\s+(?:respectively\s+)?by\s+(?P<actors>{_PNAMES})")
# "Kevin is played by A at nine, by B at sixteen, and by C as an adult": more actors of one part
_REVERSE_MORE = re.compile(rf"[^;.,]*?(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:at|as)\s+[^,;.]{{1,25}}?\s+)?by\s+(?:the\s+)?(?P<actor>{_PNAME})(?![\w'’])")
# "... and the young Ellie by Elie Docter": a second pair after a passive one, its verb left out
_REVERSE_GAPPED = re.compile(
    rf"(?:,?\s+and|,)\s+(?:(?:his|her|their)\s+[a-z-]+\s+(?=[{UPPER}]))?(?:(?:the\s+)?(?P<age>young|younger|teenage|adult|elderly|old|older)\s+)?"
    rf"(?P<char>[{UPPER}][\w'’.\-]*(?:\s+[{UPPER}][\w'’.\-]*){{0,3}})\s+by\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}?"
    rf"(?P<actor>{_PNAME})(?![\w'’])")
_REPRISE = re.compile(rf"(?P<names>{_PNAMES})\s+(?:also\s+)?(?:repeated|reprised|repeat|reprise)\s+(?:their|his|her)\s+roles?\b")
# A full stop after an initial or a title ("M. Martin", "Dr. Pell") does not end the role.
_ROLE_END = re.compile(r",|;|:|(?<!\b[A-Z])(?<!\bMr|\bDr|\bSt|\bMs)(?<!\bMrs)\.(?:\s|$)|\s+(?:and|while|whereas|with|who|(?:(?:through|to|with|for|from|of|by|in|on|about)\s+)?whom|whose|but|—|–|-)\s+|\s+\(|$")
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its"}
_AGES = {"young", "younger", "old", "older", "adult", "teenage", "teen", "elderly", "little", "child",
         "baby", "infant", "middle-aged", "aged"}
_AFTER_NAME = {"from", "in", "of", "who", "whose", "at", "on", "during", "throughout", "until",
               "before", "after", "when", "while", "for", "to", "opposite", "alongside", "onwards", "himself",
               "herself", "themselves", "again", "too", "as", "the", "by"}
_PARTICLES = {"of", "the", "de", "von", "van", "da", "del", "di", "du", "le", "la", "al", "bin"}
_VOICE_VERB = re.compile(r"voice|heard")
_LANGUAGE = re.compile(
    rf"\b(?P<a>[{UPPER}][a-z]+)(?:-language)?\s+(?:versions?|dubs?|dubbing|soundtrack|voice track|track|release)\b"
    # ("before his career in French cinema": a country's cinema, not the language a part is spoken in)
    rf"|\b(?:in|into)\s+(?P<b>[{UPPER}][a-z]+)\b(?!\s+(?:cinema|films?|television|theatre|theater|audiences?|society|history))")
# "the two pimps who torment C and D", "three hapless burglars": one kind of part a group of actors
# shares (not "the two sisters, Anna and Joy", whose names follow)
SHARED_PART = re.compile(r"(?:the\s+)?(?:two|three|four|five)\s+(?P<noun>(?:[a-z-]+\s+)?[a-z-]+s)\b(?!['’])(?!\s*,\s*[A-Z])")
