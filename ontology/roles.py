"""The credit roles as data: role key -> (SKOS concept, credit-node property, direct property).

The graph builder writes ``credit <credit property> agent`` on each credit node; the ontology's
property chain ``(fk:credit <credit property>)`` then yields ``work <direct property> agent``.
"""

from rdflib import URIRef

from .namespace import FK, ROLE

ROLE_TERMS: dict[str, tuple[URIRef, URIRef, URIRef]] = {
    "director": (ROLE.director, FK.creditDirector, FK.director),
    "screenwriter": (ROLE.screenwriter, FK.creditScreenwriter, FK.screenwriter),
    "story": (ROLE.story, FK.creditStory, FK.storyBy),
    "producer": (ROLE.producer, FK.creditProducer, FK.producer),
    "executive producer": (ROLE.executiveProducer, FK.creditExecutiveProducer, FK.executiveProducer),
    "cinematographer": (ROLE.cinematographer, FK.creditCinematographer, FK.cinematographer),
    "editor": (ROLE.editor, FK.creditEditor, FK.editor),
    "composer": (ROLE.composer, FK.creditComposer, FK.composer),
    "character designer": (ROLE.characterDesigner, FK.creditCharacterDesigner, FK.characterDesigner),
    "narrator": (ROLE.narrator, FK.creditNarrator, FK.narrator),
    "starring": (ROLE.starring, FK.creditStarring, FK.starring),
    "author": (ROLE.author, FK.creditAuthor, FK.author),
    "illustrator": (ROLE.illustrator, FK.creditIllustrator, FK.illustrator),
    "production company": (ROLE.productionCompany, FK.creditProductionCompany, FK.productionCompany),
    "distributor": (ROLE.distributor, FK.creditDistributor, FK.distributor),
    "publisher": (ROLE.publisher, FK.creditPublisher, FK.publishedBy),
    "licensee": (ROLE.licensee, FK.creditLicensee, FK.licensee),
    "visual effects": (ROLE.visualEffects, FK.creditVisualEffects, FK.visualEffects),
    "studio facility": (ROLE.studioFacility, FK.creditStudioFacility, FK.studioFacility),
    "production designer": (ROLE.productionDesigner, FK.creditProductionDesigner, FK.productionDesigner),
    "set designer": (ROLE.setDesigner, FK.creditSetDesigner, FK.setDesigner),
    "special effects": (ROLE.specialEffects, FK.creditSpecialEffects, FK.specialEffects),
    "sound recordist": (ROLE.soundRecordist, FK.creditSoundRecordist, FK.soundRecordist),
    "sound mixer": (ROLE.soundMixer, FK.creditSoundMixer, FK.soundMixer),
    "costume designer": (ROLE.costumeDesigner, FK.creditCostumeDesigner, FK.costumeDesigner),
    "art director": (ROLE.artDirector, FK.creditArtDirector, FK.artDirector),
    "set decorator": (ROLE.setDecorator, FK.creditSetDecorator, FK.setDecorator),
    "animation director": (ROLE.animationDirector, FK.creditAnimationDirector, FK.animationDirector),
    "sound designer": (ROLE.soundDesigner, FK.creditSoundDesigner, FK.soundDesigner),
    "sound editor": (ROLE.soundEditor, FK.creditSoundEditor, FK.soundEditor),
    "choreographer": (ROLE.choreographer, FK.creditChoreographer, FK.choreographer),
    "visual effects supervisor": (ROLE.visualEffectsSupervisor, FK.creditVisualEffectsSupervisor, FK.visualEffectsSupervisor),
    "casting director": (ROLE.castingDirector, FK.creditCastingDirector, FK.castingDirector),
    "makeup artist": (ROLE.makeupArtist, FK.creditMakeupArtist, FK.makeupArtist),
    "associate producer": (ROLE.associateProducer, FK.creditAssociateProducer, FK.associateProducer),
    "lyricist": (ROLE.lyricist, FK.creditLyricist, FK.lyricist),
    "assistant director": (ROLE.assistantDirector, FK.creditAssistantDirector, FK.assistantDirector),
    "script supervisor": (ROLE.scriptSupervisor, FK.creditScriptSupervisor, FK.scriptSupervisor),
    "music supervisor": (ROLE.musicSupervisor, FK.creditMusicSupervisor, FK.musicSupervisor),
    "key animator": (ROLE.keyAnimator, FK.creditKeyAnimator, FK.keyAnimator),
    "voice director": (ROLE.voiceDirector, FK.creditVoiceDirector, FK.voiceDirector),
    "songwriter": (ROLE.songwriter, FK.creditSongwriter, FK.songwriter),
    "financier": (ROLE.financier, FK.creditFinancier, FK.financier),
    "sales agent": (ROLE.salesAgent, FK.creditSalesAgent, FK.salesAgent),
    "record label": (ROLE.recordLabel, FK.creditRecordLabel, FK.recordLabel),
    "restorer": (ROLE.restorer, FK.creditRestorer, FK.restorer),
    "dubbing studio": (ROLE.dubbingStudio, FK.creditDubbingStudio, FK.dubbingStudio),
    "broadcaster": (ROLE.broadcaster, FK.creditBroadcaster, FK.broadcaster),
    "color designer": (ROLE.colorDesigner, FK.creditColorDesigner, FK.colorDesigner),
    "singer": (ROLE.singer, FK.creditSinger, FK.singer),
    "orchestrator": (ROLE.orchestrator, FK.creditOrchestrator, FK.orchestrator),
    "title designer": (ROLE.titleDesigner, FK.creditTitleDesigner, FK.titleDesigner),
}
