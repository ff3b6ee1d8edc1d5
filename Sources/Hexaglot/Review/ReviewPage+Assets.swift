extension ReviewPage {
    /// No web fonts: the system's fonts for each `lang` (a CJK font for Chinese, an Arabic one for Arabic). Long
    /// rows wrap in fixed-width columns, so six versions fit 1280 pixels without scrolling sideways; a printed
    /// page keeps the columns and the finding marks.
    static let style = """
        body{font-family:system-ui,sans-serif;margin:0 1rem;font-size:14px;line-height:1.45}
        header{border-bottom:1px solid #ccc;padding-bottom:.5rem}
        h1{font-size:1.3rem;margin:.5rem 0}
        h2{font-size:1.1rem;margin:.5rem 0}
        .files{color:#444;margin:.2rem 0}
        fieldset{display:inline-block;border:1px solid #ddd;margin:.2rem .4rem .2rem 0;padding:.2rem .5rem}
        .keys{color:#666;font-size:.85rem}
        .index details{margin:.2rem 0}
        .index ol{margin:.2rem 0 .4rem 1.2rem;padding:0}
        table.parallel{border-collapse:collapse;width:100%;table-layout:fixed}
        div.chunk{content-visibility:auto;contain-intrinsic-size:auto 8000px}
        .parallel th,.parallel td{border:1px solid #ddd;padding:.3rem .4rem;vertical-align:top;overflow-wrap:anywhere}
        .parallel thead th{background:#f4f4f4}
        col.label{width:5.5rem}
        th.label{font-weight:normal;font-size:.8rem;color:#555;text-align:left}
        tr.notes th{background:#f4f4f4;text-align:left}
        .place{font-size:.75rem;color:#777}
        td[data-omitted]{background:repeating-linear-gradient(45deg,#fafafa,#fafafa 6px,#f0f0f0 6px,#f0f0f0 12px)}
        .omitted{color:#999;font-style:italic}
        :lang(zh){font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Source Han Sans SC",sans-serif}
        :lang(ar){font-family:"Noto Naskh Arabic","Amiri","Noto Sans Arabic",sans-serif;font-size:1.1em}
        .finding{margin-top:.3rem;padding:.2rem .3rem;border-left:4px solid;font-size:.8rem;background:#fff}
        .finding.error{border-color:#c00;background:#fff2f2}
        .finding.warning{border-color:#d80;background:#fff8ec}
        .finding.info{border-color:#36c;background:#f2f6ff}
        .finding:focus{outline:2px solid #000}
        .hidden{display:none}
        @media print{.filters,.keys{display:none}div.chunk{content-visibility:visible}
        .finding{break-inside:avoid;-webkit-print-color-adjust:exact;print-color-adjust:exact}
        tr{break-inside:avoid}}
        """

    /// Filters, search and keyboard navigation; the page reads without it.
    static let script = """
        (function(){
        var boxes=document.querySelectorAll('input[data-filter-severity],input[data-filter-rule]');
        var marks=Array.prototype.slice.call(document.querySelectorAll('.finding'));
        var entries=Array.prototype.slice.call(document.querySelectorAll('.index li'));
        function shown(el){
          var s=document.querySelector('input[data-filter-severity="'+el.getAttribute('data-severity')+'"]');
          var r=document.querySelector('input[data-filter-rule="'+el.getAttribute('data-rule')+'"]');
          return (!s||s.checked)&&(!r||r.checked);}
        function apply(){marks.concat(entries).forEach(function(el){el.classList.toggle('hidden',!shown(el));});}
        for(var i=0;i<boxes.length;i++){boxes[i].addEventListener('change',apply);}
        var search=document.getElementById('search');
        var rows=Array.prototype.slice.call(document.querySelectorAll('tr[data-unit]'));
        search.addEventListener('input',function(){
          var q=search.value.toLowerCase();
          rows.forEach(function(row){row.classList.toggle('hidden',q!==''&&row.textContent.toLowerCase().indexOf(q)<0);});});
        function move(step){
          var visible=marks.filter(function(el){return !el.classList.contains('hidden')&&el.offsetParent!==null;});
          if(!visible.length){return;}
          var at=visible.indexOf(document.activeElement);
          var next=at<0?(step>0?0:visible.length-1):(at+step+visible.length)%visible.length;
          visible[next].focus();visible[next].scrollIntoView({block:'center'});}
        document.addEventListener('keydown',function(e){
          if(e.target&&(e.target.tagName==='INPUT')){return;}
          if(e.key==='j'){move(1);e.preventDefault();}
          else if(e.key==='k'){move(-1);e.preventDefault();}
          else if(e.key==='/'){search.focus();e.preventDefault();}});
        })();
        """
}
