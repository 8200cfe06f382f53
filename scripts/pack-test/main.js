// All a partner page does: import the side-effect entry, which defines <cs-module-card>.
import '@childrensafe/module-card/define';
